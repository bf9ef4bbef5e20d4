// A page of one enum value by name is ordered by (value, name, id): the id breaks ties between equal names.
// With the (value, name) indexes of V011 the id had to be read from every node up to the page's end and sorted;
// on L a village page at offset 980 read 1,009 ids to keep 20. These indexes hold the whole order, so a deep
// page skips index entries without reading a node. V011's indexes stay: a query that names no id (the
// benchmark's hand-written floor, for one) still reads its order from them.
CREATE INDEX region_level_name_id IF NOT EXISTS FOR (n:Region) ON (n.level, n.name, n.id);
CREATE INDEX organization_kind_name_id IF NOT EXISTS FOR (n:Organization) ON (n.kind, n.name, n.id);
CREATE INDEX campaign_kind_name_id IF NOT EXISTS FOR (n:Campaign) ON (n.kind, n.name, n.id);
CREATE INDEX project_status_name_id IF NOT EXISTS FOR (n:Project) ON (n.status, n.name, n.id);

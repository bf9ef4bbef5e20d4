// Pages of one enum value sorted by name (regions of one level, units or campaigns of one kind, projects of
// one status) read their nodes in name order from these, instead of sorting every node of the value.
CREATE INDEX region_level_name IF NOT EXISTS FOR (n:Region) ON (n.level, n.name);
CREATE INDEX organization_kind_name IF NOT EXISTS FOR (n:Organization) ON (n.kind, n.name);
CREATE INDEX campaign_kind_name IF NOT EXISTS FOR (n:Campaign) ON (n.kind, n.name);
CREATE INDEX project_status_name IF NOT EXISTS FOR (n:Project) ON (n.status, n.name);

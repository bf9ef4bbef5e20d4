// Filters and sort keys of the list queries.
CREATE INDEX entity_document IF NOT EXISTS FOR (n:Entity) ON (n.documentKey);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX region_level IF NOT EXISTS FOR (n:Region) ON (n.level);
CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind);
CREATE INDEX campaign_kind IF NOT EXISTS FOR (n:Campaign) ON (n.kind);
CREATE INDEX project_status IF NOT EXISTS FOR (n:Project) ON (n.status);
CREATE INDEX project_category IF NOT EXISTS FOR (n:Project) ON (n.category);
CREATE INDEX fund_source_type IF NOT EXISTS FOR (n:Fund) ON (n.sourceType);
CREATE INDEX fund_flow_type IF NOT EXISTS FOR (n:FundFlow) ON (n.flowType);
CREATE INDEX fund_flow_year IF NOT EXISTS FOR (n:FundFlow) ON (n.year);
CREATE INDEX policy_kind IF NOT EXISTS FOR (n:Policy) ON (n.kind);
CREATE INDEX problem_found_by IF NOT EXISTS FOR (n:Problem) ON (n.foundBy);
CREATE INDEX pairing_mechanism IF NOT EXISTS FOR (n:Pairing) ON (n.mechanism);
CREATE INDEX responsibility_type IF NOT EXISTS FOR (n:Responsibility) ON (n.responsibilityType);
CREATE INDEX passage_document IF NOT EXISTS FOR (n:Passage) ON (n.documentKey, n.index);

// Change history: one (:Change) per write, found by the node it changed, by time and by who made it.
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_target IF NOT EXISTS FOR (n:Change) ON (n.targetId);
CREATE INDEX change_at IF NOT EXISTS FOR (n:Change) ON (n.at);
CREATE INDEX change_actor IF NOT EXISTS FOR (n:Change) ON (n.actor);

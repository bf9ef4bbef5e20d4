// API tokens (issue 5): only the SHA-256 of each secret is stored. ApiToken is not an Entity: it is not part of
// the model, never appears in search or lists, and carries no sources.
CREATE CONSTRAINT api_token_id IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.id IS UNIQUE;
CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (t:ApiToken) REQUIRE t.tokenHash IS UNIQUE;

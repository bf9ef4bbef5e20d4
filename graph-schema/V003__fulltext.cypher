// Chinese full-text search. The cjk analyzer indexes overlapping bigrams, so short names match
// without a word segmenter; phrase queries rank exact matches first.
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
FOR (n:Region|Organization|Campaign|Project|Indicator|Fund|FundFlow|BeneficiaryGroup|Policy|Problem|Rectification|Pairing|Document)
ON EACH [n.name, n.title, n.description, n.note, n.purpose]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
CREATE FULLTEXT INDEX citation_quote IF NOT EXISTS
FOR (n:Citation) ON EACH [n.quote]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};

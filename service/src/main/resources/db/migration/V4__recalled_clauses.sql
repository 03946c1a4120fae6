-- The clauses of an article's text that recall an earlier incident than its lead, as the extractor
-- marked them: a JSON array of text-field spans, [{"start": 0, "end": 52}, ...]. The comparator
-- reads no identity clue (a town, a person) from them. Kept beside the §2 extraction, which has no
-- place for them. NULL: stored before this migration, its clauses not known (StoredExtraction).
ALTER TABLE article ADD COLUMN recalled TEXT;

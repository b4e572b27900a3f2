-- Household search (issue 7, ADR 0004): a broad word is checked per candidate household. With the index on
-- household_id alone, that check read every search token of the household (30 to 100 rows); with
-- (household_id, token) it is one index seek, which makes walking the name index about five times cheaper.
-- The new index also serves everything the old one did (deleting a household's tokens), so the old one goes.
CREATE INDEX ix_search_token_household_token ON household_search_token (household_id, token);
DROP INDEX ix_search_token_household;

-- 0002_query_indexes: indexes chosen from the query plans of the CLI's queries (issue 7).
--
-- * meetings --person: the meetings of a person are found from meeting_participants by
--   person_id; with meeting_id in the index the lookup never reads the table.
-- * aid totals per period: the rows of a date range are summed from the index alone.
-- Every query the CLI offers is checked by Tests/KnowledgeBaseTests/QueryPlanTests.swift.

CREATE INDEX meeting_participants_person_meeting ON meeting_participants(person_id, meeting_id);
-- It serves every query meeting_participants_person_id serves; that one is kept for now (the
-- lead may drop it when merging, with MigratorTests' list of schema names).

CREATE INDEX aid_commitments_date_totals ON aid_commitments(date, cumulative, currency, amount);

-- * meetings --country: meetings held in a country, or with a participant serving it.
CREATE INDEX meetings_location_country ON meetings(location_country);
CREATE INDEX people_country ON people(country);

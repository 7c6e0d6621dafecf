-- 0006_person_name_lookup: people are found by surname and given name together (issue 7).
--
-- Resolving a full name used to read every stored form of its surname, so its cost grew with the
-- number of people sharing a common surname. It now looks up, by this index, the distinct given
-- names stored with the surname (a seek each), then the people with the given names that agree
-- with the mention's (equal, an initial, a nickname), then only those people's forms. The index
-- starts with the surname, so it serves every lookup person_names_surname_folded served, and
-- that one goes.

CREATE INDEX person_names_name ON person_names(surname_folded, given_folded, person_id);
DROP INDEX person_names_surname_folded;

-- 0009_meeting_country_bits: each meeting carries a small sketch of its countries, so that
-- `meetings --country C` over some dates checks the sketch in the row it reads anyway, and looks a
-- meeting's participants and their people up only when it may match (issue 7: a week's 1,900
-- meetings each had their participants and people read, 9 ms at p99 at 1,000,000 meetings, for
-- the 240 that match).
--
-- * `country_bits` has a bit set for the meeting's location_country and for the country of each
--   participant's person (`people.country`, as `--country` reads it): the bit of a code C is
--     1 << ((unicode(C) * 26 + ifnull(unicode(substr(C, 2)), 0) + length(C)) % 30)
--   (KnowledgeBase.countryBitSQL writes the same; a test compares them). Bit 30 is always set,
--   so that the sketch always takes 4 bytes: one that gains a bit keeps its size, and the row does
--   not grow (a row grown after its page was filled splits the page; people's countries change as
--   ingest sees more of them, and stored meetings gain participants).
-- * A sketch only ever gains bits: a participant or location removed, or a person whose country
--   changed, leaves a bit that may no longer hold, and costs one exact check more. A bit missing
--   would lose a meeting, so every way a country joins a meeting sets one: ingest writes a new
--   meeting with the bits of its location and participants (MeetingResolver), and the triggers
--   below set them on a new meeting or location, a participant added or moved (a merge of two
--   meetings or of two people inserts or updates participants) and a person's new country; each
--   writes only when its bit is missing. The exact check is still made on every meeting whose
--   sketch has the bit.
-- * meetings_location_country goes: no query searches it (`--country` reads the location from
--   the row, and no country is ever deleted), and its 11 bytes a meeting pay for the sketch.

DROP INDEX meetings_location_country;

ALTER TABLE meetings ADD COLUMN country_bits INTEGER NOT NULL DEFAULT 1073741824;  -- 1 << 30

UPDATE meetings SET
    country_bits = 1073741824 | (SELECT ifnull(sum(bit), 0) FROM (
        SELECT 1 << ((unicode(c) * 26 + ifnull(unicode(substr(c, 2)), 0) + length(c)) % 30) AS bit
        FROM (SELECT meetings.location_country AS c
              UNION SELECT p.country FROM meeting_participants AS mp JOIN people AS p ON p.id = mp.person_id
                    WHERE mp.meeting_id = meetings.id)
        WHERE c IS NOT NULL
        GROUP BY bit));

CREATE TRIGGER meeting_bits_meeting_insert AFTER INSERT ON meetings
WHEN new.country_bits & (1 << ((unicode(new.location_country) * 26 + ifnull(unicode(substr(new.location_country, 2)), 0)
                               + length(new.location_country)) % 30)) = 0 BEGIN
    UPDATE meetings
    SET country_bits = country_bits
        | (1 << ((unicode(new.location_country) * 26 + ifnull(unicode(substr(new.location_country, 2)), 0)
                  + length(new.location_country)) % 30))
    WHERE id = new.id;
END;
CREATE TRIGGER meeting_bits_meeting_location AFTER UPDATE OF location_country ON meetings
WHEN new.country_bits & (1 << ((unicode(new.location_country) * 26 + ifnull(unicode(substr(new.location_country, 2)), 0)
                               + length(new.location_country)) % 30)) = 0 BEGIN
    UPDATE meetings
    SET country_bits = country_bits
        | (1 << ((unicode(new.location_country) * 26 + ifnull(unicode(substr(new.location_country, 2)), 0)
                  + length(new.location_country)) % 30))
    WHERE id = new.id;
END;
CREATE TRIGGER meeting_bits_participant_insert AFTER INSERT ON meeting_participants
WHEN (SELECT m.country_bits & (1 << ((unicode(p.country) * 26 + ifnull(unicode(substr(p.country, 2)), 0) + length(p.country)) % 30))
      FROM meetings AS m, people AS p WHERE m.id = new.meeting_id AND p.id = new.person_id) = 0 BEGIN
    UPDATE meetings
    SET country_bits = country_bits | (SELECT 1 << ((unicode(country) * 26 + ifnull(unicode(substr(country, 2)), 0)
                                                     + length(country)) % 30)
                                       FROM people WHERE id = new.person_id)
    WHERE id = new.meeting_id;
END;
CREATE TRIGGER meeting_bits_participant_update AFTER UPDATE OF meeting_id, person_id ON meeting_participants
WHEN (SELECT m.country_bits & (1 << ((unicode(p.country) * 26 + ifnull(unicode(substr(p.country, 2)), 0) + length(p.country)) % 30))
      FROM meetings AS m, people AS p WHERE m.id = new.meeting_id AND p.id = new.person_id) = 0 BEGIN
    UPDATE meetings
    SET country_bits = country_bits | (SELECT 1 << ((unicode(country) * 26 + ifnull(unicode(substr(country, 2)), 0)
                                                     + length(country)) % 30)
                                       FROM people WHERE id = new.person_id)
    WHERE id = new.meeting_id;
END;
CREATE TRIGGER meeting_bits_person_country AFTER UPDATE OF country ON people
WHEN new.country IS NOT NULL AND new.country IS NOT old.country BEGIN
    UPDATE meetings
    SET country_bits = country_bits
        | (1 << ((unicode(new.country) * 26 + ifnull(unicode(substr(new.country, 2)), 0) + length(new.country)) % 30))
    WHERE id IN (SELECT meeting_id FROM meeting_participants WHERE person_id = new.id)
      AND country_bits & (1 << ((unicode(new.country) * 26 + ifnull(unicode(substr(new.country, 2)), 0)
                                 + length(new.country)) % 30)) = 0;
END;

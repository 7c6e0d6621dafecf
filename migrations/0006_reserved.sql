-- 0006_reserved: kept for the migration another branch of issue 7 adds as 0006; it changes
-- nothing. When merging, replace this file with that migration (or, if there is none, delete it
-- and renumber 0007 to 0006), then run Scripts/embed-resources.
SELECT 1;

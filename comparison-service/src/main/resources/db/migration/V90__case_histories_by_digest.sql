-- A codings import writes about 15 case_history rows per coding, and each row an entry in every index of the table;
-- at 100,000 cases the primary key's entries (the group's six key columns and the case, about 130 bytes, compared
-- column by column on every step down the tree) cost more than the rows themselves. The primary key is replaced by
-- an index on a 64-bit digest of the group and the case (about 40 bytes an entry): a group's cases are read in case
-- order along it, and the reads name the columns as well, so a digest two groups share costs a few rows read, never
-- a wrong case. CaseHistoryRepository writes the digest as the index does. (case_history_by_history keeps its
-- columns: along a digest alone PostgreSQL would read every case of a wanted history before taking the first.)
ALTER TABLE case_history DROP CONSTRAINT case_history_pkey;

-- a group's cases in case order; a case once per group (two groups of a case sharing a digest would be refused)
CREATE UNIQUE INDEX case_history_by_group ON case_history (
    hashtextextended(codebook_id::text || '/' || codebook_version::text || '/' || dimension || '/' || selection || '/'
                     || grouping || '/' || group_key, 0), case_id);

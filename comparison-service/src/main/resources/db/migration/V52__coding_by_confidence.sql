-- The overview's exemplars are read from the most confident codings down (none stated: last), and only as far as
-- needed, instead of resolving every coding of a group.
CREATE INDEX coding_by_confidence ON coding (codebook_id, codebook_version, dimension, (coalesce(confidence, -1)) DESC,
                                             case_id, year DESC);

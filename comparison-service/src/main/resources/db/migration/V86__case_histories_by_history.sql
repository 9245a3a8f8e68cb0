-- A group's first cases with one of some histories (the thesis lists the first cases whose history measures a
-- change) are found per history along this index; the primary key's case order would read the whole group when
-- those histories are rare. A history is indexed by its digest, as in history_tally, since a long one does not fit
-- in an index entry.
CREATE INDEX case_history_by_history
    ON case_history (codebook_id, codebook_version, dimension, selection, grouping, group_key, md5(history), case_id);

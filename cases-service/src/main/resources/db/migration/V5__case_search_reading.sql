-- Hiragana readings of a case's Japanese title and summary (Kuromoji), so a kana query finds kanji text.
-- NULL until computed: cases-service fills the rows of an older data directory when it starts.
ALTER TABLE case_record ADD COLUMN search_reading TEXT;

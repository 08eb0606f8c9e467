-- Issue 17: what a person sets on My profile. Their full name stays in display_name; the title signs their
-- mails; time zone and locale decide how times are shown (NULL: as the browser says).
ALTER TABLE user_account ADD COLUMN title VARCHAR(200);
ALTER TABLE user_account ADD COLUMN time_zone VARCHAR(60);
ALTER TABLE user_account ADD COLUMN locale VARCHAR(35);

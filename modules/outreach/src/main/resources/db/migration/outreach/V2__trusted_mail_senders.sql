-- addresses and domains whose mail intake links to the supplier without the receiving server's verification
ALTER TABLE supplier ADD COLUMN mail_senders VARCHAR(1000);

-- A redelivered event tells the educator once: notifications and emails carry the key of what caused them.
alter table notification add column dedupe_key varchar(120) unique;
alter table notification_outbox add column dedupe_key varchar(120) unique;

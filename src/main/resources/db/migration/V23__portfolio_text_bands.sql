-- Band hashes move to their own rows under a btree: PostgreSQL cannot estimate an overlap of 32 unique
-- array elements and chose a sequential scan over the GIN index (655 ms at 100,000 responses).
drop index evidence_text_signature_bands;
alter table evidence_text_signature drop column bands;

create table evidence_text_band (
    band        bigint not null,
    response_id bigint not null references evidence_text_signature (response_id) on delete cascade,
    primary key (band, response_id)
);
create index evidence_text_band_response on evidence_text_band (response_id);

-- Catalog authoring: at most one draft per micro-credential, and published content that cannot change.

-- The draft is the one version not yet published; an admin edits it until it is published.
create unique index micro_credential_version_one_draft
    on micro_credential_version (micro_credential_id) where published_at is null;

-- Submissions pin a version: once published, its content (and its parts, rubric and resources) is frozen.
create function catalog_version_frozen() returns trigger language plpgsql as $$
begin
    if old.published_at is not null then
        raise exception 'version % of a micro-credential is published and cannot change', old.number
            using errcode = 'check_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger micro_credential_version_frozen before update or delete on micro_credential_version
    for each row execute function catalog_version_frozen();

create function catalog_version_content_frozen() returns trigger language plpgsql as $$
declare
    target bigint;
begin
    if tg_table_name = 'rubric_level' then
        select version_id into target from rubric_criterion
        where id = case when tg_op = 'DELETE' then old.criterion_id else new.criterion_id end;
    elsif tg_op = 'DELETE' then
        target := old.version_id;
    else
        target := new.version_id;
    end if;
    if exists (select 1 from micro_credential_version where id = target and published_at is not null) then
        raise exception 'the content of a published micro-credential version cannot change'
            using errcode = 'check_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger evidence_part_frozen before insert or update or delete on evidence_part
    for each row execute function catalog_version_content_frozen();
create trigger rubric_criterion_frozen before insert or update or delete on rubric_criterion
    for each row execute function catalog_version_content_frozen();
create trigger rubric_level_frozen before insert or update or delete on rubric_level
    for each row execute function catalog_version_content_frozen();
create trigger resource_link_frozen before insert or update or delete on resource_link
    for each row execute function catalog_version_content_frozen();

-- Who started a draft and what it is about, for the version history.
alter table micro_credential_version add column created_by varchar(320);
alter table micro_credential_version add column created_at timestamptz not null default now();
alter table micro_credential_version add column change_note varchar(500);

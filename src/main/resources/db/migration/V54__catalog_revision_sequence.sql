-- Catalog revisions come from a sequence, which never hands a number out twice (a rolled-back change
-- does not give its number back), so a cached catalog is never mistaken for a later revision.
create sequence catalog_revision_number;
select setval('catalog_revision_number', (select revision + 1 from catalog_revision where id = 1), false);

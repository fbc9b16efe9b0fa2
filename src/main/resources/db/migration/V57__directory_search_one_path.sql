-- One search path (issue 17): the directory is searched through its search engine (Apache Lucene in the application,
-- kept current from the change log of V50), so what only PostgreSQL full-text search needed goes: the search columns
-- of service and the triggers and functions that computed them (V4, V12-V16), the coordinates and theme codes copied
-- into the service row (V13), the vocabulary of words for typo correction (search_word, V13), the import's switch
-- that turned the triggers off (V15), and the indexes that only the SQL search read (V13, V17, V19).
-- directory_unaccent and directory_all_languages (V4) stay: the organisations' name lookup and V50 use them.

drop trigger if exists service_search on service;
drop trigger if exists service_taxonomy_search_insert on service_taxonomy;
drop trigger if exists service_taxonomy_search_delete on service_taxonomy;
drop trigger if exists service_at_location_points_insert on service_at_location;
drop trigger if exists service_at_location_points_update on service_at_location;
drop trigger if exists service_at_location_points_delete on service_at_location;
drop trigger if exists location_points_update on location;

drop function if exists service_search_refresh();
drop function if exists service_taxonomy_linked();
drop function if exists service_taxonomy_unlinked();
drop function if exists service_at_location_points_added();
drop function if exists service_at_location_points_removed();
drop function if exists location_points_changed();
drop function if exists directory_service_points(uuid[]);
drop function if exists directory_search_columns(jsonb, jsonb, jsonb, text[], text, tsvector);
drop function if exists directory_theme_search(uuid[]);
drop function if exists directory_title_words(text);
drop function if exists directory_search_text(jsonb);
drop function if exists directory_tsvector(text, "char");
drop function if exists directory_bulk_import();

drop index if exists service_search_all_idx;
drop index if exists service_search_names_idx;
drop index if exists service_search_rank_idx;
drop index if exists service_theme_codes_idx;
drop index if exists service_area_level_idx;
drop index if exists service_languages_idx;
drop index if exists service_target_groups_idx;

alter table service drop column if exists search_all;
alter table service drop column if exists search_names;
alter table service drop column if exists search_rank;
alter table service drop column if exists search_title;
alter table service drop column if exists search_name;
alter table service drop column if exists theme_codes;
alter table service drop column if exists geo_lat;
alter table service drop column if exists geo_lon;

drop table if exists search_word;

-- The narrow rows (V18) were for the SQL search reading every hit's row; the engine reads 20 rows per page.
alter table service reset (toast_tuple_target);

-- The package's classification of a service (V52) is searched too (the HSDS API's taxonomy_term_id): a change of it
-- raises the directory's version (V44) and lists the service in the change log, as a change of its themes does (V50).
create constraint trigger service_package_term_version after insert or update or delete on service_package_term
	deferrable initially deferred for each row execute function directory_version_raise();
create trigger service_package_term_version_truncate after truncate on service_package_term
	for each statement execute function directory_version_raise();
create trigger service_package_term_change_truncate after truncate on service_package_term
	for each statement execute function directory_change_all();
do $$
begin
	execute 'create trigger service_package_term_change_insert after insert on service_package_term'
		' referencing new table as changed_new for each statement execute function directory_change_rows(''service_id'')';
	execute 'create trigger service_package_term_change_delete after delete on service_package_term'
		' referencing old table as changed_old for each statement execute function directory_change_rows(''service_id'')';
end
$$;

-- Issue 16 (smaller things): the password-reset links of the sign-in page, and the Dutch wording of the
-- helpdesk guide stored by V31.

-- A link to set a new password, sent by mail: only a SHA-256 hash of its random token is stored. It is used
-- once, expires, and a new request or a reset of the account ends every other one.
create table password_reset (
	id bigint generated always as identity primary key,
	user_id bigint not null references app_user (id) on delete cascade,
	token_hash text not null unique,
	created_at timestamptz not null default now(),
	expires_at timestamptz not null,
	used_at timestamptz,
	revoked_at timestamptz
);
create index password_reset_user_idx on password_reset (user_id);

-- The guide's Dutch text spoke of the "sociale kaart" where the navigation says "Repertorium". Only the page still
-- holding the sentence V31 stored is changed, and only that sentence: whatever a coordinator wrote stays.
update helpdesk_guide_page
set body_nl = replace(body_nl, 'Zoek in de sociale kaart, van lokaal naar gespecialiseerd.',
		'Zoek in het repertorium, van lokaal naar gespecialiseerd.')
where body_nl like '%Zoek in de sociale kaart, van lokaal naar gespecialiseerd.%';

-- Hosts answer the call for hosts themselves: who to contact and in which language, an organisation that is not in
-- the directory yet (named, with a note for staff), and per slot the language of the visit, what visitors will see
-- (fr/nl/en) and optional themes. Visitors get a personal link to cancel a visit.

alter table open_doors_offer add column contact_name text;
alter table open_doors_offer add column contact_language text not null default 'fr'
	check (contact_language in ('fr', 'nl', 'en'));
-- When the organisation is not in the directory: what the host wrote so that staff can add it.
alter table open_doors_offer add column organization_note text;

alter table open_doors_slot add column language text check (language in ('fr', 'nl', 'bilingual', 'en'));
alter table open_doors_slot add column description jsonb;
alter table open_doors_slot add column themes text[] not null default '{}';

-- Personal link of a visitor to cancel one visit (bookings made before get one too).
alter table open_doors_booking add column token text;
update open_doors_booking set token = replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')
	where token is null;
alter table open_doors_booking alter column token set default replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');
alter table open_doors_booking alter column token set not null;
create unique index open_doors_booking_token_idx on open_doors_booking (token);

-- Trainings of the directory's cadastre listed in a Focus repertoire (its "Se former" part), in the editor's order,
-- each with a short note. Trainings are referred to by id only (they belong to the directory module); one that
-- left the cadastre shows as such.
create table focus_training (
	id uuid primary key,
	repertoire_id uuid not null references focus_repertoire (id) on delete cascade,
	position integer not null,
	training_id uuid not null,
	note jsonb not null default '{}',
	unique (repertoire_id, training_id)
);
create index focus_training_repertoire_idx on focus_training (repertoire_id, position);
create index focus_training_training_idx on focus_training (training_id);

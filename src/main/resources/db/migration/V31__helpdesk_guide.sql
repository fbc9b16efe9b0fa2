-- The first pages of the respondent's guide; coordinators edit them in Maillage.
insert into helpdesk_guide_page (position, title_fr, title_nl, body_fr, body_nl) values
(1, 'Accueillir et situer', 'Onthalen en situeren',
'Présentez-vous et présentez la ligne.
Demandez la profession de l''appelant·e et son organisation.
Demandez où se trouve la situation : code postal ou commune. Jamais le nom de la personne.',
'Stel uzelf en de lijn voor.
Vraag naar het beroep van de beller en de organisatie.
Vraag waar de situatie zich afspeelt: postcode of gemeente. Nooit de naam van de persoon.'),
(2, 'Comprendre la demande', 'De vraag begrijpen',
'Reformulez la demande en une phrase.
Est-ce une question d''information ou administrative, ou une situation complexe (plusieurs besoins, plusieurs intervenants, blocage) ?
Choisissez un ou deux thèmes.',
'Herformuleer de vraag in één zin.
Gaat het om informatie of een administratieve vraag, of om een complexe situatie (meerdere noden, meerdere hulpverleners, vastgelopen)?
Kies één of twee thema''s.'),
(3, 'Orienter', 'Doorverwijzen',
'Cherchez dans le répertoire, du plus local au plus spécialisé.
Donnez une ou deux orientations et vérifiez que le service est ouvert.
Si rien ne convient, cochez « aucun service adapté » et dites pourquoi : c''est un besoin non rencontré, il nourrit le monitoring.',
'Zoek in de sociale kaart, van lokaal naar gespecialiseerd.
Geef één of twee doorverwijzingen en controleer of de dienst open is.
Past niets, vink dan « geen geschikte dienst » aan en zeg waarom: dat is een onvervulde nood, die voedt de monitoring.'),
(4, 'Conclure', 'Afronden',
'Proposez un suivi si nécessaire, avec une date.
Notez le temps passé et clôturez la demande.',
'Stel zo nodig een opvolging voor, met een datum.
Noteer de bestede tijd en sluit de vraag af.');

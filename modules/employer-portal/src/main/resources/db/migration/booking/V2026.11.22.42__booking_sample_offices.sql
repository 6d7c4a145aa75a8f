-- The embedded default's sample data, so that a newcomer can book at once: the four offices of the Kreis Lippe
-- example, two appointment types and a sample opening plan. Administrators change or deactivate all of it under
-- /admin/offices; nothing in the code refers to these rows.

insert into booking_office (version, office_key, name, street, postcode, city, accessibility_de, accessibility_en,
                            active, sort_order, slot_minutes, capacity, buffer_minutes, earliest_hours_ahead,
                            latest_days_ahead)
values
 (0, 'detmold', 'Kreishaus Detmold', 'Felix-Fechenbach-Straße 5', '32756', 'Detmold',
  'Stufenloser Eingang an der Felix-Fechenbach-Straße, Aufzug zu allen Etagen, barrierefreies WC im Erdgeschoss, zwei Behindertenparkplätze vor dem Haupteingang.',
  'Step-free entrance on Felix-Fechenbach-Straße, lift to all floors, accessible toilet on the ground floor, two disabled parking spaces in front of the main entrance.',
  true, 1, 15, 2, 15, 24, 60),
 (0, 'lemgo', 'Lemgo', 'Marktplatz 1', '32657', 'Lemgo',
  'Eingang mit Rampe an der Rückseite, Beratungsraum im Erdgeschoss. Bitte melden Sie sich am Empfang.',
  'Entrance with a ramp at the back, advice room on the ground floor. Please report to the reception.',
  true, 2, 15, 1, 15, 24, 60),
 (0, 'bad-salzuflen', 'Bad Salzuflen', 'Rudolph-Brandes-Allee 19', '32105', 'Bad Salzuflen',
  'Stufenloser Zugang, Aufzug, barrierefreies WC.',
  'Step-free access, lift, accessible toilet.',
  true, 3, 15, 1, 15, 24, 60),
 (0, 'blomberg', 'Blomberg', 'Marktplatz 1', '32825', 'Blomberg',
  'Historisches Gebäude: Beratung im Erdgeschoss über eine mobile Rampe. Bitte sagen Sie uns vorher Bescheid, wenn Sie sie brauchen.',
  'Historic building: advice on the ground floor via a mobile ramp. Please tell us beforehand if you need it.',
  true, 4, 15, 1, 15, 24, 60);

insert into booking_type (version, type_key, name_de, name_en, description_de, description_en, duration_minutes, modes,
                          active, sort_order)
values
 (0, 'first-advice', 'Erstberatung Fachkräfteeinwanderung', 'First advice on skilled immigration',
  'Welcher Weg passt für Ihre künftige Fachkraft, welche Unterlagen fehlen, wer ist zuständig?',
  'Which pathway fits your future employee, which documents are missing, which authority is responsible?',
  30, 'ON_SITE,VIDEO,PHONE', true, 1),
 (0, 'accelerated-procedure', 'Beschleunigtes Fachkräfteverfahren', 'Accelerated skilled-worker procedure',
  'Vereinbarung nach § 81a AufenthG vorbereiten: Vollmacht, Unterlagen, Ablauf und Gebühren.',
  'Preparing the agreement under section 81a Residence Act: power of attorney, documents, steps and fees.',
  45, 'ON_SITE,VIDEO', true, 2);

insert into booking_office_type (office_id, type_id)
select o.id, t.id from booking_office o cross join booking_type t;

insert into booking_opening_window (office_id, day_of_week, opens_at, closes_at)
select o.id, w.day_of_week, w.opens_at, w.closes_at
from booking_office o join (
  select 'detmold' as office_key, 'MONDAY' as day_of_week, time '09:00:00' as opens_at, time '12:00:00' as closes_at
  union all select 'detmold', 'TUESDAY', time '09:00:00', time '12:00:00'
  union all select 'detmold', 'TUESDAY', time '14:00:00', time '17:00:00'
  union all select 'detmold', 'WEDNESDAY', time '09:00:00', time '12:00:00'
  union all select 'detmold', 'THURSDAY', time '09:00:00', time '12:00:00'
  union all select 'detmold', 'FRIDAY', time '09:00:00', time '12:00:00'
  union all select 'lemgo', 'TUESDAY', time '09:00:00', time '12:00:00'
  union all select 'lemgo', 'THURSDAY', time '13:00:00', time '16:00:00'
  union all select 'bad-salzuflen', 'MONDAY', time '09:00:00', time '12:00:00'
  union all select 'bad-salzuflen', 'WEDNESDAY', time '09:00:00', time '12:00:00'
  union all select 'blomberg', 'WEDNESDAY', time '13:00:00', time '16:00:00'
) w on w.office_key = o.office_key;

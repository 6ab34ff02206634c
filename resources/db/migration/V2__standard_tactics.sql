-- The tactic list a new database starts with (the list stays editable).
INSERT INTO tactic (code, label, position) VALUES
    ('FAMILY_PRESSURE', 'pressure on family at home', 1),
    ('AGENTS_ABROAD', 'agents or proxies approaching the target abroad', 2),
    ('KIDNAPPING', 'kidnapping or rendition', 3),
    ('EXTRADITION_REQUEST', 'extradition request', 4),
    ('DEPORTATION', 'deportation or removal by the host state', 5),
    ('INTERPOL_NOTICE', 'Interpol notice', 6),
    ('THIRD_COUNTRY_LURE', 'lure to a third country', 7),
    ('SURVEILLANCE_HARASSMENT', 'surveillance and harassment', 8),
    ('DIGITAL_THREATS', 'digital threats and hacking', 9),
    ('DOCUMENT_REFUSAL', 'refusal of documents', 10);

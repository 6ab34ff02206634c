-- ReturnWatch schema, version 1.
-- Every editable record: a UUID identity, a reference number (shown as RW-<kind>-0001), an
-- optimistic-lock version. The words the search box matches are in search_word.
-- Dates keep their precision: *_precision, *_start, *_end, *_approx (see FuzzyDate).

CREATE TABLE rw_meta (
    meta_key   VARCHAR(100) PRIMARY KEY,
    meta_value VARCHAR(1000) NOT NULL
);
INSERT INTO rw_meta (meta_key, meta_value) VALUES ('application', 'ReturnWatch');

CREATE TABLE tactic (
    code     VARCHAR(40) PRIMARY KEY,
    label    VARCHAR(200) NOT NULL,
    position INT NOT NULL,
    CONSTRAINT tactic_code_ck CHECK (REGEXP_LIKE(code, '^[A-Z][A-Z0-9_]*$'))
);

CREATE TABLE source (
    id                 UUID PRIMARY KEY,
    ref_number         INT NOT NULL,
    version            BIGINT NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    title              VARCHAR(1000) NOT NULL,
    publisher          VARCHAR(500),
    author             VARCHAR(500),
    published_precision VARCHAR(10) NOT NULL,
    published_start    DATE,
    published_end      DATE,
    published_approx   BOOLEAN NOT NULL,
    url                VARCHAR(2000),
    source_kind        VARCHAR(30) NOT NULL,
    reliability        VARCHAR(10) NOT NULL,
    note               VARCHAR(100000),
    CONSTRAINT source_ref_uq UNIQUE (ref_number),
    CONSTRAINT source_title_nn_ck CHECK (TRIM(title) <> ''),
    CONSTRAINT source_kind_ck CHECK (source_kind IN ('NEWS','NGO_REPORT','GOVERNMENT_DOCUMENT','COURT_RECORD',
        'STATE_MEDIA','ACADEMIC','OTHER')),
    CONSTRAINT source_reliability_ck CHECK (reliability IN ('HIGH','MEDIUM','LOW','UNKNOWN')),
    CONSTRAINT source_date_ck CHECK ((published_precision = 'UNKNOWN' AND published_start IS NULL AND published_end IS NULL)
        OR (published_precision IN ('DAY','MONTH','SEASON','YEAR','SPAN') AND published_start IS NOT NULL
            AND published_end >= published_start))
);

CREATE TABLE actor (
    id          UUID PRIMARY KEY,
    ref_number  INT NOT NULL,
    version     BIGINT NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    name        VARCHAR(500) NOT NULL,
    native_name VARCHAR(500),
    actor_kind  VARCHAR(20) NOT NULL,
    country     VARCHAR(200),
    note        VARCHAR(100000),
    CONSTRAINT actor_ref_uq UNIQUE (ref_number),
    CONSTRAINT actor_name_nn_ck CHECK (TRIM(name) <> ''),
    CONSTRAINT actor_kind_ck CHECK (actor_kind IN ('AGENCY','OFFICIAL','ORGANISATION','PERSON','RELATIVE',
        'GOVERNMENT','COURT','COMPANY'))
);

CREATE TABLE case_record (
    id                 UUID PRIMARY KEY,
    ref_number         INT NOT NULL,
    version            BIGINT NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    name               VARCHAR(500) NOT NULL,
    native_name        VARCHAR(500),
    pseudonymous       BOOLEAN NOT NULL,
    role               VARCHAR(500),
    origin_country     VARCHAR(200),
    residence_country  VARCHAR(200),
    residence_city     VARCHAR(200),
    immigration_status VARCHAR(30) NOT NULL,
    target_category    VARCHAR(40) NOT NULL,
    accusation         VARCHAR(4000),
    amount             VARCHAR(500),
    campaign           VARCHAR(20) NOT NULL,
    outcome            VARCHAR(30) NOT NULL,
    risk_level         VARCHAR(10) NOT NULL,
    contextual         BOOLEAN NOT NULL,
    summary            VARCHAR(100000),
    CONSTRAINT case_ref_uq UNIQUE (ref_number),
    CONSTRAINT case_name_nn_ck CHECK (TRIM(name) <> ''),
    CONSTRAINT case_immigration_ck CHECK (immigration_status IN ('CITIZEN','PERMANENT_RESIDENT','TEMPORARY_RESIDENT',
        'REFUGEE_CLAIMANT','REFUGEE','UNDOCUMENTED','UNDER_REMOVAL_ORDER','UNKNOWN')),
    CONSTRAINT case_category_ck CHECK (target_category IN ('ECONOMIC_FUGITIVE','CORRUPTION_SUSPECT',
        'POLITICAL_DISSIDENT','ETHNIC_OR_RELIGIOUS_MINORITY','IRREGULAR_MIGRANT','DETAINED_FOREIGN_NATIONAL',
        'EXTRADITION_SUBJECT','RELATIVE_OF_TARGET','OTHER','UNKNOWN')),
    CONSTRAINT case_campaign_ck CHECK (campaign IN ('FOX_HUNT','SKY_NET','OTHER','NONE','UNKNOWN')),
    CONSTRAINT case_outcome_ck CHECK (outcome IN ('RETURNED_UNDER_PRESSURE','RETURNED_BY_FORCE','REMOVED_BY_HOST_STATE',
        'NOT_RETURNED','DETAINED_ABROAD','ONGOING','UNKNOWN')),
    CONSTRAINT case_risk_ck CHECK (risk_level IN ('LOW','MEDIUM','HIGH','CRITICAL','UNKNOWN'))
);
CREATE INDEX case_name_idx ON case_record (name);
CREATE INDEX case_native_name_idx ON case_record (native_name);
CREATE INDEX case_residence_idx ON case_record (residence_country);
CREATE INDEX case_campaign_idx ON case_record (campaign);
CREATE INDEX case_outcome_idx ON case_record (outcome);

CREATE TABLE case_alias (
    case_id  UUID NOT NULL,
    position INT NOT NULL,
    alias    VARCHAR(500) NOT NULL,
    PRIMARY KEY (case_id, position),
    CONSTRAINT alias_case_fk FOREIGN KEY (case_id) REFERENCES case_record (id) ON DELETE CASCADE
);
CREATE INDEX case_alias_idx ON case_alias (alias);

CREATE TABLE incident (
    id              UUID PRIMARY KEY,
    ref_number      INT NOT NULL,
    version         BIGINT NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    case_id         UUID NOT NULL,
    date_precision  VARCHAR(10) NOT NULL,
    date_start      DATE,
    date_end        DATE,
    date_approx     BOOLEAN NOT NULL,
    country         VARCHAR(200),
    place           VARCHAR(500),
    tactic          VARCHAR(40) NOT NULL,
    perpetrator_id  UUID,
    host_state_role VARCHAR(20) NOT NULL,
    description     VARCHAR(100000),
    CONSTRAINT incident_ref_uq UNIQUE (ref_number),
    CONSTRAINT incident_case_fk FOREIGN KEY (case_id) REFERENCES case_record (id) ON DELETE CASCADE,
    CONSTRAINT incident_tactic_fk FOREIGN KEY (tactic) REFERENCES tactic (code),
    CONSTRAINT incident_actor_fk FOREIGN KEY (perpetrator_id) REFERENCES actor (id),
    CONSTRAINT incident_role_ck CHECK (host_state_role IN ('COOPERATED','TOLERATED','OPPOSED','UNKNOWN')),
    CONSTRAINT incident_date_ck CHECK ((date_precision = 'UNKNOWN' AND date_start IS NULL AND date_end IS NULL)
        OR (date_precision IN ('DAY','MONTH','SEASON','YEAR','SPAN') AND date_start IS NOT NULL
            AND date_end >= date_start))
);
CREATE INDEX incident_case_idx ON incident (case_id, date_start);
CREATE INDEX incident_date_idx ON incident (date_start);

CREATE TABLE agreement (
    id             UUID PRIMARY KEY,
    ref_number     INT NOT NULL,
    version        BIGINT NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    title          VARCHAR(1000) NOT NULL,
    agreement_kind VARCHAR(30) NOT NULL,
    disclosure     VARCHAR(10) NOT NULL,
    summary        VARCHAR(100000),
    CONSTRAINT agreement_ref_uq UNIQUE (ref_number),
    CONSTRAINT agreement_title_nn_ck CHECK (TRIM(title) <> ''),
    CONSTRAINT agreement_kind_ck CHECK (agreement_kind IN ('EXTRADITION_TREATY','READMISSION_ARRANGEMENT',
        'LAW_ENFORCEMENT_MOU','JUDICIAL_ASSISTANCE_TREATY','PROTOCOL','DIALOGUE','OTHER')),
    CONSTRAINT agreement_disclosure_ck CHECK (disclosure IN ('PUBLISHED','SECRET','UNKNOWN'))
);

CREATE TABLE agreement_party (
    agreement_id UUID NOT NULL,
    position     INT NOT NULL,
    party        VARCHAR(500) NOT NULL,
    PRIMARY KEY (agreement_id, position),
    CONSTRAINT party_agreement_fk FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE
);

CREATE TABLE agreement_status (
    agreement_id   UUID NOT NULL,
    position       INT NOT NULL,
    status         VARCHAR(20) NOT NULL,
    date_precision VARCHAR(10) NOT NULL,
    date_start     DATE,
    date_end       DATE,
    date_approx    BOOLEAN NOT NULL,
    note           VARCHAR(100000),
    PRIMARY KEY (agreement_id, position),
    CONSTRAINT status_agreement_fk FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE,
    CONSTRAINT status_value_ck CHECK (status IN ('PROPOSED','NEGOTIATING','SIGNED','IN_FORCE','SUSPENDED',
        'ABANDONED','EXPIRED','NOT_RATIFIED')),
    CONSTRAINT status_date_ck CHECK ((date_precision = 'UNKNOWN' AND date_start IS NULL AND date_end IS NULL)
        OR (date_precision IN ('DAY','MONTH','SEASON','YEAR','SPAN') AND date_start IS NOT NULL
            AND date_end >= date_start))
);

CREATE TABLE series (
    id          UUID PRIMARY KEY,
    ref_number  INT NOT NULL,
    version     BIGINT NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    name        VARCHAR(1000) NOT NULL,
    measure     VARCHAR(10) NOT NULL,
    unit        VARCHAR(100) NOT NULL,
    reported_by VARCHAR(500),
    description VARCHAR(100000),
    CONSTRAINT series_ref_uq UNIQUE (ref_number),
    CONSTRAINT series_name_nn_ck CHECK (TRIM(name) <> ''),
    CONSTRAINT series_unit_nn_ck CHECK (TRIM(unit) <> ''),
    CONSTRAINT series_measure_ck CHECK (measure IN ('FLOW','STOCK'))
);

CREATE TABLE series_country (
    series_id UUID NOT NULL,
    position  INT NOT NULL,
    country   VARCHAR(200) NOT NULL,
    PRIMARY KEY (series_id, position),
    CONSTRAINT country_series_fk FOREIGN KEY (series_id) REFERENCES series (id) ON DELETE CASCADE
);

CREATE TABLE data_point (
    id               UUID PRIMARY KEY,
    ref_number       INT NOT NULL,
    version          BIGINT NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    series_id        UUID NOT NULL,
    period_kind      VARCHAR(10) NOT NULL,
    period_precision VARCHAR(10) NOT NULL,
    period_start     DATE NOT NULL,
    period_end       DATE NOT NULL,
    period_approx    BOOLEAN NOT NULL,
    point_value      DECIMAL(24, 4) NOT NULL,
    point_high       DECIMAL(24, 4),
    qualifier        VARCHAR(20) NOT NULL,
    claimed_by       VARCHAR(500),
    note             VARCHAR(100000),
    CONSTRAINT point_ref_uq UNIQUE (ref_number),
    CONSTRAINT point_series_fk FOREIGN KEY (series_id) REFERENCES series (id) ON DELETE CASCADE,
    CONSTRAINT point_kind_ck CHECK (period_kind IN ('YEAR','SPAN','AS_OF')),
    CONSTRAINT point_qualifier_ck CHECK (qualifier IN ('EXACT','APPROXIMATELY','MORE_THAN','AT_LEAST','NEARLY',
        'AT_MOST','LESS_THAN','RANGE')),
    CONSTRAINT point_range_ck CHECK ((qualifier = 'RANGE' AND point_high IS NOT NULL AND point_high >= point_value)
        OR (qualifier <> 'RANGE' AND point_high IS NULL)),
    CONSTRAINT point_date_ck CHECK (period_end >= period_start)
);
CREATE INDEX point_series_idx ON data_point (series_id, period_start);

CREATE TABLE citation (
    id          UUID PRIMARY KEY,
    ref_number  INT NOT NULL,
    version     BIGINT NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    record_kind VARCHAR(20) NOT NULL,
    record_id   UUID NOT NULL,
    field       VARCHAR(100),
    source_id   UUID NOT NULL,
    locator     VARCHAR(500),
    note        VARCHAR(100000),
    CONSTRAINT citation_ref_uq UNIQUE (ref_number),
    CONSTRAINT citation_source_fk FOREIGN KEY (source_id) REFERENCES source (id),
    CONSTRAINT citation_kind_ck CHECK (record_kind IN ('CASE','INCIDENT','AGREEMENT','SERIES','DATA_POINT',
        'SOURCE','ACTOR','LINK'))
);
CREATE INDEX citation_record_idx ON citation (record_id);
CREATE INDEX citation_source_idx ON citation (source_id);

CREATE TABLE link (
    id          UUID PRIMARY KEY,
    ref_number  INT NOT NULL,
    version     BIGINT NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    from_kind   VARCHAR(20) NOT NULL,
    from_id     UUID NOT NULL,
    to_kind     VARCHAR(20) NOT NULL,
    to_id       UUID NOT NULL,
    relation    VARCHAR(30) NOT NULL,
    note        VARCHAR(100000),
    CONSTRAINT link_ref_uq UNIQUE (ref_number),
    CONSTRAINT link_distinct_ck CHECK (from_id <> to_id),
    CONSTRAINT link_from_kind_ck CHECK (from_kind IN ('CASE','INCIDENT','AGREEMENT','SERIES','DATA_POINT',
        'SOURCE','ACTOR')),
    CONSTRAINT link_to_kind_ck CHECK (to_kind IN ('CASE','INCIDENT','AGREEMENT','SERIES','DATA_POINT',
        'SOURCE','ACTOR')),
    CONSTRAINT link_relation_ck CHECK (relation IN ('RELATED_TO','PURSUED_UNDER','USED_TO_PERSUADE','RELATIVE_OF',
        'SAME_OPERATION','CO_DEFENDANT_OF','TARGETED_BY','INVOLVES','PARTY_TO','MEASURES','CONTEXT_FOR',
        'SUPERSEDES','RESPONSE_TO'))
);
CREATE INDEX link_from_idx ON link (from_id);
CREATE INDEX link_to_idx ON link (to_id);

-- The search index: every word of every record, normalised (lower case, accents folded).
-- Words in Chinese script are stored with all their suffixes, so that any part of a name
-- matches; other words match from their start ("wei" finds "Weidong").
CREATE TABLE search_word (
    word      VARCHAR(200) NOT NULL,
    record_id UUID NOT NULL,
    PRIMARY KEY (word, record_id)
);
CREATE INDEX search_word_record_idx ON search_word (record_id, word);

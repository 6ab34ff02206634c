-- An act of pressure can use several tactics and have several perpetrators, and it is aimed at
-- someone: the target, or a relative, a business partner, a lawyer … through whom the target is
-- reached. The incident keeps its main tactic and perpetrator in its own columns; every one is in
-- these tables. Financial pressure joins the standard tactics.

CREATE TABLE incident_tactic (
    incident_id UUID NOT NULL,
    position    INT NOT NULL,
    tactic      VARCHAR(40) NOT NULL,
    PRIMARY KEY (incident_id, position),
    CONSTRAINT incident_tactic_incident_fk FOREIGN KEY (incident_id) REFERENCES incident (id) ON DELETE CASCADE,
    CONSTRAINT incident_tactic_tactic_fk FOREIGN KEY (tactic) REFERENCES tactic (code)
);
CREATE INDEX incident_tactic_idx ON incident_tactic (tactic, incident_id);

CREATE TABLE incident_perpetrator (
    incident_id UUID NOT NULL,
    position    INT NOT NULL,
    actor_id    UUID NOT NULL,
    PRIMARY KEY (incident_id, position),
    CONSTRAINT incident_perpetrator_incident_fk FOREIGN KEY (incident_id) REFERENCES incident (id) ON DELETE CASCADE,
    CONSTRAINT incident_perpetrator_actor_fk FOREIGN KEY (actor_id) REFERENCES actor (id)
);
CREATE INDEX incident_perpetrator_idx ON incident_perpetrator (actor_id);

CREATE TABLE incident_pressured (
    incident_id UUID NOT NULL,
    position    INT NOT NULL,
    party       VARCHAR(30) NOT NULL,
    PRIMARY KEY (incident_id, position),
    CONSTRAINT incident_pressured_incident_fk FOREIGN KEY (incident_id) REFERENCES incident (id) ON DELETE CASCADE,
    CONSTRAINT incident_pressured_party_ck CHECK (party IN ('TARGET','RELATIVE','BUSINESS_PARTNER','LAWYER',
        'EMPLOYER_OR_COLLEAGUE','FRIEND_OR_ACQUAINTANCE','OTHER'))
);

INSERT INTO incident_tactic (incident_id, position, tactic) SELECT id, 0, tactic FROM incident;
INSERT INTO incident_perpetrator (incident_id, position, actor_id)
    SELECT id, 0, perpetrator_id FROM incident WHERE perpetrator_id IS NOT NULL;

INSERT INTO tactic (code, label, position)
    SELECT 'FINANCIAL_PRESSURE', 'financial pressure (frozen accounts, seized assets)',
           (SELECT COALESCE(MAX(position), 0) + 1 FROM tactic)
    WHERE NOT EXISTS (SELECT 1 FROM tactic WHERE code = 'FINANCIAL_PRESSURE');

package org.returnwatch.dossier;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.returnwatch.domain.Actor;
import org.returnwatch.domain.Attachment;
import org.returnwatch.domain.Case;
import org.returnwatch.domain.Citation;
import org.returnwatch.domain.DomainRecord;
import org.returnwatch.domain.FollowUp;
import org.returnwatch.domain.Incident;
import org.returnwatch.domain.Source;

/**
 * Everything a case's dossier prints, read (and, for a pseudonymised copy, pseudonymised) before
 * printing: the case, its timeline, the records linked to it, the citations of it and its incidents
 * with their sources, its evidence files and its follow-ups.
 *
 * @param tacticLabels the words of the tactic list, by code
 * @param images       the bytes of the small images to print, by attachment id
 */
public record CaseFile(Case subject, List<Incident> incidents, Map<UUID, Actor> actors, Map<String,
        String> tacticLabels,
                       List<Linked> linked, List<Cited> citations, List<Attachment> attachments,
                       Map<UUID, byte[]> images, List<FollowUp> followUps) {

    public CaseFile {
        incidents = List.copyOf(incidents);
        actors = Map.copyOf(actors);
        tacticLabels = Map.copyOf(tacticLabels);
        linked = List.copyOf(linked);
        citations = List.copyOf(citations);
        attachments = List.copyOf(attachments);
        images = Map.copyOf(images);
        followUps = List.copyOf(followUps);
    }

    /** A record linked to the case, with the relation read from the case's side. */
    public record Linked(String relation, DomainRecord other, String note) {
    }

    /**
     * A citation of the case or one of its incidents, with its source.
     *
     * @param about what it supports, in words ("the case", "incident RW-I-0003 (2016?)")
     */
    public record Cited(Citation citation, String about, Source source) {
    }
}

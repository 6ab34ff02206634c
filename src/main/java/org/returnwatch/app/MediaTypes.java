package org.returnwatch.app;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/**
 * The media type of a file from its first bytes (Apache Tika's signatures). The name is only a hint
 * that can make the answer more precise where the content allows it (a zip that is a .docx), never
 * overrule it: a photo named "report.pdf" is an image/jpeg.
 */
final class MediaTypes {
    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

    private MediaTypes() {
    }

    /** {@code in} must support mark/reset; it is left at its start. */
    static String detect(InputStream in, String fileName) throws IOException {
        Metadata hint = new Metadata();
        hint.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        MediaType type = TYPES.detect(in, hint);
        return type.getBaseType().toString();
    }
}

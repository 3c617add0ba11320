package org.claimbench.ingest;

/** The formats ClaimBench reads, with the name users know them by. */
public enum DocumentFormat {
    PDF("PDF document", "application/pdf", "pdf"),
    DOCX("Word document (DOCX)", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    HTML("web page (HTML)", "text/html", "html", "htm"),
    MARKDOWN("Markdown text", "text/markdown", "md", "markdown"),
    TEXT("plain text", "text/plain", "txt", "text"),
    PNG("PNG image", "image/png", "png"),
    JPEG("JPEG image", "image/jpeg", "jpg", "jpeg"),
    TIFF("TIFF image", "image/tiff", "tif", "tiff");

    private final String description;
    private final String mediaType;
    private final String[] extensions;

    DocumentFormat(String description, String mediaType, String... extensions) {
        this.description = description;
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String description() { return description; }

    /** Whether the format is a picture of a page, whose text is read by recognising it. */
    public boolean isImage() { return this == PNG || this == JPEG || this == TIFF; }

    public String mediaType() { return mediaType; }

    public String[] extensions() { return extensions.clone(); }

    /** The format a file name's extension promises, or null for an extension ClaimBench does not know. */
    public static DocumentFormat ofExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String ext = fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        for (DocumentFormat f : values()) {
            for (String e : f.extensions) {
                if (e.equals(ext)) {
                    return f;
                }
            }
        }
        return null;
    }
}

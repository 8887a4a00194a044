package dev.loket.forms.internal.web;

import java.util.Arrays;

/**
 * A file posted with a page.
 *
 * @param pointer   the file component's answer it belongs to
 * @param name      the name the person's device gave it
 * @param mediaType the type the browser said it has
 * @param content   its bytes
 */
public record Upload(String pointer, String name, String mediaType, byte[] content) {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    /**
     * The type the bytes show, for the formats forms usually ask for: a file named {@code .pdf} that is
     * not a PDF is not taken for one. Other files keep the type the browser gave.
     */
    public String recognisedType() {
        if (startsWith(PDF)) {
            return "application/pdf";
        }
        if (startsWith(PNG)) {
            return "image/png";
        }
        if (startsWith(JPEG)) {
            return "image/jpeg";
        }
        boolean claimsKnownFormat = mediaType.equals("application/pdf") || mediaType.equals("image/png")
                || mediaType.equals("image/jpeg");
        return claimsKnownFormat ? "application/octet-stream" : mediaType;
    }

    private boolean startsWith(byte[] signature) {
        return content.length >= signature.length && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
    }

    @Override
    public String toString() {
        return "Upload[" + pointer + ", " + name + ", " + mediaType + ", " + content.length + " bytes]";
    }
}

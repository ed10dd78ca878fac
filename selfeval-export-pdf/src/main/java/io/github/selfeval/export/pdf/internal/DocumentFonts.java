package io.github.selfeval.export.pdf.internal;

import io.github.selfeval.model.ErrorCodes;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import io.github.selfeval.export.ExportException;
import io.github.selfeval.export.ExportOptions;
import io.github.selfeval.export.FontSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.Deflater;

/**
 * The fonts of one document, per role: parsed afresh for each document (OpenPDF fonts are not shared
 * between documents), from the user's font, a discovered system font, or the bundled font.
 *
 * <p>Every piece of text passes {@link #check} before it is set, so a font that lacks a character
 * fails with {@code FONT_MISSING_GLYPH} naming the font and the character, instead of drawing a box.
 * Not thread-safe: one per document.
 */
final class DocumentFonts {

    /** Code of an error for a font that cannot be read or is not a usable TrueType font. */
    static final String FONT_UNREADABLE = ErrorCodes.FONT_UNREADABLE;
    /** Code of an error for a font that lacks a character the report needs. */
    static final String FONT_MISSING_GLYPH = ErrorCodes.FONT_MISSING_GLYPH;

    /**
     * The deflate level of the embedded font program (the subset). OpenPDF keeps every glyph slot of the
     * original in the subset's {@code loca} and {@code hmtx} tables (for the bundled font 34,293 slots,
     * 274 KB of the 378 KB program), and deflating that at zlib's default level 6 cost 19–20 ms of CPU per
     * document, more than laying the whole report out; level 1 costs 5 ms and makes the stream 12 KB
     * larger (108 KB instead of 97 KB). Same input, same level, same bytes: deterministic files stay
     * byte-identical across runs.
     */
    static final int FONT_STREAM_COMPRESSION = Deflater.BEST_SPEED;

    /** Thrown when a discovered (not user-supplied) font turns out unusable: the export retries without it. */
    static final class DiscoveredFontUnusable extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final FontRole role;

        DiscoveredFontUnusable(FontRole role, String reason) {
            super(reason, null, false, false);
            this.role = role;
        }

        FontRole role() {
            return role;
        }
    }

    /** Where a role's font comes from. */
    private enum Origin { USER, DISCOVERED, BUNDLED }

    private record Loaded(String name, BaseFont font, Origin origin) {
    }

    private final Map<FontRole, Loaded> byRole;
    private final String exporterClass;

    private DocumentFonts(Map<FontRole, Loaded> byRole, String exporterClass) {
        this.byRole = byRole;
        this.exporterClass = exporterClass;
    }

    /**
     * Loads the fonts for one document.
     *
     * @param request the fonts asked for
     * @param discovery where system fonts are found (normally {@link SystemFonts#find})
     * @param skipDiscovered roles whose discovered font proved unusable in an earlier attempt
     * @param deterministic whether subset tags must be reproducible
     * @param exporterClass the exporter's class name, for errors
     * @return the fonts
     * @throws ExportException {@code FONT_UNREADABLE} if a supplied font cannot be used
     */
    static DocumentFonts load(ExportOptions.Fonts request, Function<FontRole, Optional<Path>> discovery,
            Set<FontRole> skipDiscovered, boolean deterministic, String exporterClass) {
        Map<FontRole, Loaded> byRole = new EnumMap<>(FontRole.class);
        try {
            return load(request, discovery, skipDiscovered, deterministic, exporterClass, byRole);
        } catch (RuntimeException e) {
            // A later role failed: give back the bundled font an earlier role may have borrowed.
            new DocumentFonts(byRole, exporterClass).release();
            throw e;
        }
    }

    private static DocumentFonts load(ExportOptions.Fonts request, Function<FontRole, Optional<Path>> discovery,
            Set<FontRole> skipDiscovered, boolean deterministic, String exporterClass, Map<FontRole, Loaded> byRole) {
        // One BaseFont per distinct source, so that roles sharing a font share one embedded subset.
        Map<Object, Loaded> bySource = new HashMap<>();
        long seed = 0;
        for (FontRole role : FontRole.values()) {
            Optional<FontSource> supplied = switch (role) {
                case TITLE -> request.title();
                case HEADING, SUBHEADING -> request.heading();
                case BODY -> request.body();
            };
            Loaded loaded = null;
            if (supplied.isPresent()) {
                FontSource src = supplied.get();
                loaded = bySource.get(src);
                if (loaded == null) {
                    byte[] bytes;
                    try {
                        bytes = src.bytes();
                    } catch (UncheckedIOException e) {
                        throw unreadable(exporterClass, src.name(), role, e.getCause() instanceof FontSource.Unusable u
                                ? u.getMessage() : describe(e.getCause()), e);
                    }
                    BaseFont font = parse(bytes, src.collectionIndex(), src.name(), role, exporterClass, false);
                    loaded = new Loaded(src.name(), font, Origin.USER);
                }
                bySource.put(src, loaded);
            } else if (request.discoverSystemFonts() && !skipDiscovered.contains(role)) {
                Optional<Path> path = discovery.apply(role);
                if (path.isPresent()) {
                    loaded = bySource.get(path.get());
                    if (loaded == null) {
                        try {
                            FontSource src = FontSource.of(path.get());
                            BaseFont font = parse(src.bytes(), 0, src.name(), role, exporterClass, true);
                            loaded = new Loaded(src.name(), font, Origin.DISCOVERED);
                            bySource.put(path.get(), loaded);
                        } catch (UncheckedIOException | DiscoveredFontUnusable e) {
                            loaded = null; // an unusable system font: fall back to the bundled one
                        }
                    }
                }
            }
            if (loaded == null) {
                loaded = bySource.get(BundledFont.class);
                if (loaded == null) {
                    BaseFont font = BundledFont.borrow();
                    if (font == null) {
                        font = parse(BundledFont.sharedBytes(), 0, BundledFont.NAME, role, exporterClass, false);
                    }
                    loaded = new Loaded(BundledFont.NAME, font, Origin.BUNDLED);
                    bySource.put(BundledFont.class, loaded);
                }
            }
            if (!byRole.containsValue(loaded)) {
                // A pooled font may carry the fixed source of an earlier deterministic document.
                loaded.font().setSecureRandom(deterministic ? new FixedSubsetTagRandom(0x5e1fe7a1L + seed) : null);
                loaded.font().setCompressionLevel(FONT_STREAM_COMPRESSION);
                seed++;
            }
            byRole.put(role, loaded);
        }
        return new DocumentFonts(byRole, exporterClass);
    }

    private static BaseFont parse(byte[] bytes, int index, String name, FontRole role, String exporterClass,
            boolean discovered) {
        String kind = sniff(bytes);
        String problem = null;
        Throwable failure = null;
        if (kind == null) {
            problem = "not a TrueType font file (.ttf or .ttc)";
        } else if ("otf".equals(kind)) {
            problem = "an OpenType font with CFF outlines; use a TrueType (.ttf or .ttc) font";
        } else if ("ttf".equals(kind) && index != 0) {
            problem = "a single font (.ttf), not a collection, so it has no face " + index;
        }
        if (problem == null) {
            // OpenPDF chooses the parser by the name's extension; the real name is only for messages.
            String synthetic = "ttc".equals(kind) ? "selfeval-font.ttc," + index : "selfeval-font.ttf";
            try {
                return BaseFont.createFont(synthetic, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            } catch (IOException | RuntimeException e) {
                failure = e;
                // A cut-off file makes OpenPDF read past its end; the bare "EOFException" tells a person nothing.
                problem = e instanceof java.io.EOFException || e.getCause() instanceof java.io.EOFException
                        ? "the font file is truncated or damaged (it ends before its tables do)"
                        : describe(e);
            }
        }
        if (discovered) {
            throw new DiscoveredFontUnusable(role, problem);
        }
        throw unreadable(exporterClass, name, role, problem, failure);
    }

    /** Recognises a font file by its first bytes: "ttf", "ttc", "otf" (CFF), or null. */
    private static String sniff(byte[] b) {
        if (b.length < 12) {
            return null;
        }
        int tag = (b[0] & 0xff) << 24 | (b[1] & 0xff) << 16 | (b[2] & 0xff) << 8 | (b[3] & 0xff);
        return switch (tag) {
            case 0x00010000, 0x74727565 /* true */ -> "ttf";
            case 0x74746366 /* ttcf */ -> "ttc";
            case 0x4f54544f /* OTTO */ -> "otf";
            default -> null;
        };
    }

    private static String describe(Throwable e) {
        if (e == null) {
            return "unknown error";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + m;
    }

    private static ExportException unreadable(String exporterClass, String name, FontRole role, String reason,
            Throwable cause) {
        return new ExportException(FONT_UNREADABLE, PdfExporter.ID, exporterClass,
                "font '" + name + "' (" + role.option() + " font) cannot be used: " + reason, cause);
    }

    /**
     * Gives the bundled font back to the pool once the document is written (or has failed); the
     * fonts must not be used afterwards.
     */
    void release() {
        byRole.values().stream().filter(l -> l.origin() == Origin.BUNDLED).map(Loaded::font).findFirst()
                .ifPresent(BundledFont::giveBack);
    }

    /**
     * A font of the role's typeface at a size.
     *
     * @param role the role
     * @param size the size in points
     * @return a new font
     */
    Font font(FontRole role, float size) {
        return new Font(byRole.get(role).font(), size);
    }

    /**
     * The name of the role's font, as messages give it.
     *
     * @param role the role
     * @return the name
     */
    String name(FontRole role) {
        return byRole.get(role).name();
    }

    /**
     * Checks that the role's font has a glyph for every character of {@code text}.
     *
     * @param role the role the text is set in
     * @param text the text, already cleaned of control characters
     * @param where where the text comes from, a JSON path or a label
     * @throws ExportException {@code FONT_MISSING_GLYPH} naming the font and the first missing character
     * @throws DiscoveredFontUnusable if the font was discovered, so that the export retries without it
     */
    void check(FontRole role, String text, String where) {
        Loaded loaded = byRole.get(role);
        BaseFont font = loaded.font();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                continue;
            }
            if (!font.charExists(cp)) {
                String ch = new String(Character.toChars(cp));
                String reason = "font '" + loaded.name() + "' (" + role.option() + " font, " + role.labelZh()
                        + ") has no glyph for '" + ch + "' (U+" + String.format(Locale.ROOT, "%04X", cp) + "), needed at "
                        + where + "; supply a font that has it (ExportOptions fonts, CLI " + role.cliOption() + ")";
                if (loaded.origin() == Origin.DISCOVERED) {
                    throw new DiscoveredFontUnusable(role, reason);
                }
                throw new ExportException(FONT_MISSING_GLYPH, PdfExporter.ID, exporterClass, reason, null);
            }
        }
    }
}

package io.github.selfeval.export.pdf.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the office fonts Chinese government documents are set in (仿宋, 黑体, 楷体, 小标宋 / 宋体) in
 * the usual font folders of Windows and Linux, by file name.
 *
 * <p>The folders are searched once per JVM, on first use; fonts installed later are found after a
 * restart. Only TrueType files are considered (OpenPDF's subsetting of CFF-based OpenType fonts is
 * unreliable).
 */
final class SystemFonts {

    /** File names per role, best first, lower case. */
    private static final Map<FontRole, List<String>> CANDIDATES = new EnumMap<>(Map.of(
            FontRole.TITLE, List.of("fzxbsjw.ttf", "方正小标宋简体.ttf", "fzxbsk.ttf", "方正小标宋_gbk.ttf",
                    "simsun.ttc", "simsun.ttf"),
            FontRole.HEADING, List.of("simhei.ttf", "fzhtk.ttf", "方正黑体_gbk.ttf", "方正黑体简体.ttf"),
            FontRole.SUBHEADING, List.of("simkai.ttf", "楷体_gb2312.ttf", "kaiti_gb2312.ttf", "fzktk.ttf",
                    "方正楷体_gbk.ttf", "方正楷体简体.ttf"),
            FontRole.BODY, List.of("simfang.ttf", "仿宋_gb2312.ttf", "fangsong_gb2312.ttf", "fs_gb2312.ttf",
                    "fzfsk.ttf", "方正仿宋_gbk.ttf", "方正仿宋简体.ttf")));

    /** How deep to look below each font folder. */
    private static final int MAX_DEPTH = 5;

    private SystemFonts() {
    }

    /**
     * The system font for a role, if one of the known files exists.
     *
     * @param role the role
     * @return the file, or empty
     */
    static Optional<Path> find(FontRole role) {
        return Optional.ofNullable(Holder.FOUND.get(role));
    }

    /** The folders searched, in order. */
    static List<Path> folders() {
        List<Path> dirs = new ArrayList<>();
        String windir = System.getenv("WINDIR");
        if (windir != null && !windir.isBlank()) {
            dirs.add(Paths.get(windir, "Fonts"));
        }
        dirs.add(Paths.get("C:\\Windows\\Fonts"));
        String localAppData = System.getenv("LOCALAPPDATA");
        if (localAppData != null && !localAppData.isBlank()) {
            dirs.add(Paths.get(localAppData, "Microsoft", "Windows", "Fonts"));
        }
        dirs.add(Paths.get("/usr/share/fonts"));
        dirs.add(Paths.get("/usr/local/share/fonts"));
        String home = System.getProperty("user.home");
        if (home != null && !home.isBlank()) {
            dirs.add(Paths.get(home, ".fonts"));
            dirs.add(Paths.get(home, ".local", "share", "fonts"));
        }
        return dirs;
    }

    private static final class Holder {
        static final Map<FontRole, Path> FOUND = scan(folders());
    }

    /**
     * Looks for the known file names (in any letter case) in and below the folders.
     *
     * @param folders where to look, in order of preference
     * @return the file found per role
     */
    static Map<FontRole, Path> scan(List<Path> folders) {
        List<Path> files = new ArrayList<>();
        for (Path dir : folders) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> here = new ArrayList<>();
            try (Stream<Path> s = Files.walk(dir, MAX_DEPTH)) {
                s.filter(Files::isRegularFile).forEach(here::add);
            } catch (IOException | RuntimeException e) {
                // An unreadable folder only means fewer fonts to choose from.
            }
            here.sort(null);
            files.addAll(here);
        }
        Map<FontRole, Path> found = new EnumMap<>(FontRole.class);
        for (Map.Entry<FontRole, List<String>> e : CANDIDATES.entrySet()) {
            for (String wanted : e.getValue()) {
                Optional<Path> hit = files.stream()
                        .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).equals(wanted))
                        .findFirst();
                if (hit.isPresent()) {
                    found.put(e.getKey(), hit.get());
                    break;
                }
            }
        }
        return Collections.unmodifiableMap(found);
    }
}

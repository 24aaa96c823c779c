package org.bertopic4j.djl.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The argument names of a TorchScript model's {@code forward}, read from the archive: {@code data.pkl} names
 * the top-level class ({@code GLOBAL '<module>\n<class>\n'}), and {@code code/<module path>.py} holds its
 * source, {@code def forward(self: ..., input_ids: Tensor, attention_mask: Tensor) -> ...}. A traced model keeps
 * the Python argument names, so the inputs can be fed by name as for ONNX. (libtorch knows the schema, but
 * DJL's PyTorch engine does not expose it.)
 */
final class TorchScriptSignature {
    private static final int PICKLE_GLOBAL = 'c';

    private TorchScriptSignature() {
    }

    /**
     * The names of {@code forward}'s arguments after {@code self}, in order.
     *
     * @throws IllegalArgumentException naming the file when it is not a TorchScript archive or its
     *     {@code forward} cannot be found
     */
    static List<String> forwardArguments(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry data = dataPickle(zip, file);
            String root = data.getName().substring(0, data.getName().length() - "data.pkl".length());
            String[] global = topLevelClass(zip, data, file);
            String codePath = root + "code/" + global[0].replace('.', '/') + ".py";
            ZipEntry code = zip.getEntry(codePath);
            if (code == null) {
                throw notReadable(file, "it has no " + codePath + " for its class " + global[0] + "." + global[1]);
            }
            String source;
            try (InputStream in = zip.getInputStream(code)) {
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            return arguments(source, global[1], file);
        } catch (ZipException e) {
            throw new IllegalArgumentException(file + " is not a TorchScript archive (torch.jit.save writes a zip"
                    + " file): a state_dict or a pickled nn.Module cannot be run; trace the model with"
                    + " torch.jit.trace and save it with torch.jit.save, or export it to ONNX", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read TorchScript model " + file + ": " + e.getMessage(), e);
        }
    }

    private static ZipEntry dataPickle(ZipFile zip, Path file) {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            String name = e.getName();
            if (name.endsWith("/data.pkl") && name.indexOf('/') == name.length() - "/data.pkl".length()) {
                return e;
            }
        }
        throw notReadable(file, "it has no <archive>/data.pkl");
    }

    /** Module and class name of the pickled top-level object: protocol 2, opcode GLOBAL. */
    private static String[] topLevelClass(ZipFile zip, ZipEntry data, Path file) throws IOException {
        byte[] head;
        try (InputStream in = zip.getInputStream(data)) {
            head = in.readNBytes(1024);
        }
        int at = head.length > 2 && (head[0] & 0xff) == 0x80 ? 2 : 0;
        if (at >= head.length || head[at] != PICKLE_GLOBAL) {
            throw notReadable(file, "its data.pkl does not start with the class of the module");
        }
        String text = new String(head, at + 1, head.length - at - 1, StandardCharsets.ISO_8859_1);
        String[] lines = text.split("\n", 3);
        if (lines.length < 3 || lines[0].isEmpty() || lines[1].isEmpty()) {
            throw notReadable(file, "its data.pkl does not name the class of the module");
        }
        return new String[] {lines[0], lines[1]};
    }

    /** Parses {@code def forward(self: T, a: Tensor, b: Optional[Tensor]=None) -> R:} inside class {@code name}. */
    static List<String> arguments(String source, String className, Path file) {
        int cls = source.indexOf("class " + className + "(");
        int def = cls < 0 ? -1 : source.indexOf("def forward(", cls);
        if (def < 0) {
            throw notReadable(file, "its code has no forward method for class " + className);
        }
        List<String> args = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int depth = 0;
        for (int i = def + "def forward(".length(); i < source.length(); i++) {
            char c = source.charAt(i);
            if (depth == 0 && (c == ',' || c == ')')) {
                args.add(current.toString());
                current.setLength(0);
                if (c == ')') {
                    return names(args, file);
                }
            } else {
                depth += c == '[' || c == '(' ? 1 : c == ']' || c == ')' ? -1 : 0;
                current.append(c);
            }
        }
        throw notReadable(file, "its forward signature is not closed");
    }

    private static List<String> names(List<String> args, Path file) {
        List<String> names = new ArrayList<>();
        for (String arg : args) {
            String name = arg.split("[:=]", 2)[0].strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        if (names.isEmpty() || !names.get(0).equals("self")) {
            throw notReadable(file, "its forward does not start with self");
        }
        return List.copyOf(names.subList(1, names.size()));
    }

    private static IllegalArgumentException notReadable(Path file, String why) {
        return new IllegalArgumentException("cannot read the forward arguments of TorchScript model " + file + ": "
                + why + "; save the model with torch.jit.save (torch >= 1.6)");
    }
}

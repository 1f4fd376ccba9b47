package dev.phreplay.dom;

import dev.phreplay.event.IncrementalData;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * A mirror frozen for a checkpoint, in a compact form: the nodes as flat arrays in document order
 * (id and child count as varints, a kind byte, and one shared immutable payload per node) instead of a graph of live
 * nodes with their child lists. An element's payload is a frozen shallow copy that the live
 * element reuses in later snapshots for as long as it does not change, so a checkpoint costs
 * about 8 bytes per node plus what changed since the last one, where a deep copy costs about 100.
 * {@link #restore()} builds an independent mirror equal to {@link Mirror#copy()} of the original;
 * it only reads this snapshot, so it may run on any thread.
 */
public final class MirrorSnapshot {
    private static final byte ELEMENT = 0;
    private static final byte DOCTYPE = 1;
    private static final byte DOCUMENT = 2;
    private static final byte SHADOW_ROOT = 3;
    /** Character data: this plus the ordinal of its kind (text, comment, CDATA); the payload is its string. */
    private static final byte CHARACTER_DATA = 4;
    private static final MirrorCharacterData.Kind[] CHARACTER_DATA_KINDS = MirrorCharacterData.Kind.values();
    private static final int KIND_MASK = 0x0f;
    /** The node is the one its id maps to, so the restored node is registered. */
    private static final int MAPPED = 0x10;
    private static final int HAS_SHADOW_ROOT = 0x20;
    private static final int HAS_CONTENT_DOCUMENT = 0x40;

    /** Per node, in order: the id as a zigzag varint delta from the previous id, then the child count as a varint. */
    private final byte[] structure;
    private final byte[] kinds;
    private final Object[] payloads;
    private final int nodeCount;
    private final int registrySize;
    private final boolean hasDocument;
    private final List<LegacyEntry> legacyMissing;
    /** The mirror's state outside its nodes, in a mirror with no nodes; only ever read. */
    private final Mirror globals;

    /** A legacy missing-node entry: either the root ordinal of a detached tree, or a mapped node id. */
    private record LegacyEntry(int key, int detachedRoot, int mappedId, IncrementalData.Addition mutation) {}

    private MirrorSnapshot(Writer writer, int registrySize, boolean hasDocument, List<LegacyEntry> legacyMissing,
                           Mirror globals) {
        this.structure = Arrays.copyOf(writer.structure, writer.structureSize);
        this.kinds = Arrays.copyOf(writer.kinds, writer.size);
        this.payloads = Arrays.copyOf(writer.payloads, writer.size);
        this.nodeCount = writer.size;
        this.registrySize = registrySize;
        this.hasDocument = hasDocument;
        this.legacyMissing = legacyMissing;
        this.globals = globals;
    }

    /** Freezes {@code source}; reads it only, except for caching frozen element copies on its elements. */
    public static MirrorSnapshot of(Mirror source) {
        Writer writer = new Writer(source.nodes, Math.max(16, source.nodes.size() + 16));
        if (source.document != null) {
            writer.writeTree(source.document);
        }
        List<LegacyEntry> legacy = new ArrayList<>();
        int detachedRoots = 0;
        for (Map.Entry<Integer, Mirror.LegacyMissingNode> entry : source.legacyMissing.entrySet()) {
            MirrorNode node = entry.getValue().node();
            if (node.parent() == null) {
                writer.writeTree(node);
                legacy.add(new LegacyEntry(entry.getKey(), ++detachedRoots, -1, entry.getValue().mutation()));
            } else if (source.nodes.get(node.id()) == node) {
                legacy.add(new LegacyEntry(entry.getKey(), 0, node.id(), entry.getValue().mutation()));
            }
        }
        Mirror globals = new Mirror(new NodeRegistry(), source.skipped.copy());
        MirrorCopier.copyGlobals(source, globals);
        return new MirrorSnapshot(writer, source.nodes.size(), source.document != null, List.copyOf(legacy), globals);
    }

    /** Where node {@code id} is held, or -1: for tests. */
    int indexOf(int id) {
        Reader reader = new Reader(new NodeRegistry());
        for (int i = 0; i < nodeCount; i++) {
            reader.readNext();
            if (reader.id == id) {
                return i;
            }
        }
        return -1;
    }

    /** The frozen state held at {@code index}: for tests. */
    Object payload(int index) {
        return payloads[index];
    }

    /** The number of nodes held. */
    public int nodeCount() {
        return nodeCount;
    }

    /** A new mirror, independent of this snapshot and of any other restored from it. */
    public Mirror restore() {
        Mirror target = new Mirror(new NodeRegistry(registrySize + 16), globals.skipped.copy());
        Reader reader = new Reader(target.nodes);
        List<MirrorNode> detached = new ArrayList<>();
        if (hasDocument) {
            target.document = (MirrorDocument) reader.readTree();
        }
        while (reader.hasNext()) {
            detached.add(reader.readTree());
        }
        for (LegacyEntry entry : legacyMissing) {
            MirrorNode node = entry.detachedRoot() > 0 ? detached.get(entry.detachedRoot() - 1) : target.nodes.get(entry.mappedId());
            target.legacyMissing.put(entry.key(), new Mirror.LegacyMissingNode(node, entry.mutation()));
        }
        MirrorCopier.copyGlobals(globals, target);
        return target;
    }

    private static MirrorDocument copyDocument(MirrorDocument document) {
        MirrorDocument copy = new MirrorDocument(document.id(), document.compatMode());
        copy.setScroll(document.scrollX(), document.scrollY());
        return copy;
    }

    /** Writes trees in document order: a node, its children, then its shadow root, then its frame document. */
    private static final class Writer {
        private final NodeRegistry registry;
        private byte[] structure;
        private int structureSize;
        private byte[] kinds;
        private Object[] payloads;
        private int size;
        private int previousId;

        Writer(NodeRegistry registry, int capacity) {
            this.registry = registry;
            structure = new byte[capacity * 3];
            kinds = new byte[capacity];
            payloads = new Object[capacity];
        }

        void writeTree(MirrorNode root) {
            Deque<MirrorNode> stack = new ArrayDeque<>();
            stack.push(root);
            while (!stack.isEmpty()) {
                MirrorNode node = stack.pop();
                write(node);
                if (node instanceof MirrorElement element) {
                    if (element.contentDocument() != null) {
                        stack.push(element.contentDocument());
                    }
                    if (element.shadowRoot() != null) {
                        stack.push(element.shadowRoot());
                    }
                }
                List<MirrorNode> children = node.children;
                for (int i = children.size() - 1; i >= 0; i--) {
                    stack.push(children.get(i));
                }
            }
        }

        private void write(MirrorNode node) {
            if (size == kinds.length) {
                grow();
            }
            int flags = node.id() >= 0 && registry.get(node.id()) == node ? MAPPED : 0;
            Object payload = null;
            byte kind;
            switch (node) {
                case MirrorElement element -> {
                    kind = ELEMENT;
                    payload = element.frozenCopy();
                    flags |= element.shadowRoot() != null ? HAS_SHADOW_ROOT : 0;
                    flags |= element.contentDocument() != null ? HAS_CONTENT_DOCUMENT : 0;
                }
                case MirrorCharacterData data -> {
                    kind = (byte) (CHARACTER_DATA + data.kind().ordinal());
                    payload = data.data();
                }
                case MirrorDoctype doctype -> {
                    kind = DOCTYPE;
                    payload = copyDoctype(doctype);
                }
                case MirrorDocument document -> {
                    kind = DOCUMENT;
                    payload = copyDocument(document);
                }
                case MirrorShadowRoot shadow -> kind = SHADOW_ROOT;
            }
            int delta = node.id() - previousId;
            previousId = node.id();
            writeVarint((delta << 1) ^ (delta >> 31));
            writeVarint(node.children.size());
            kinds[size] = (byte) (kind | flags);
            payloads[size] = payload;
            size++;
        }

        private void writeVarint(int value) {
            if (structureSize + 5 > structure.length) {
                structure = Arrays.copyOf(structure, structure.length * 2 + 16);
            }
            int rest = value;
            while ((rest & ~0x7f) != 0) {
                structure[structureSize++] = (byte) ((rest & 0x7f) | 0x80);
                rest >>>= 7;
            }
            structure[structureSize++] = (byte) rest;
        }

        private static MirrorDoctype copyDoctype(MirrorDoctype doctype) {
            return new MirrorDoctype(doctype.id(), doctype.name(), doctype.publicId(), doctype.systemId());
        }

        private void grow() {
            int capacity = kinds.length * 2;
            kinds = Arrays.copyOf(kinds, capacity);
            payloads = Arrays.copyOf(payloads, capacity);
        }
    }

    /** Rebuilds trees node by node, iteratively, in the order the writer wrote them. */
    private final class Reader {
        private final NodeRegistry registry;
        /** The node read last: its ordinal, id and child count. */
        private int index = -1;
        private int id;
        private int childCount;
        private int position;

        Reader(NodeRegistry registry) {
            this.registry = registry;
        }

        void readNext() {
            index++;
            int zigzag = readVarint();
            id += (zigzag >>> 1) ^ -(zigzag & 1);
            childCount = readVarint();
        }

        private int readVarint() {
            int value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = structure[position++];
                value |= (b & 0x7f) << shift;
                if (b >= 0) {
                    return value;
                }
            }
        }

        boolean hasNext() {
            return index + 1 < nodeCount;
        }

        MirrorNode readTree() {
            MirrorNode root = createNext(null);
            Deque<Frame> stack = new ArrayDeque<>();
            stack.push(new Frame(root, childCount, kinds[index]));
            while (!stack.isEmpty()) {
                Frame frame = stack.peek();
                if (frame.childrenLeft > 0) {
                    frame.childrenLeft--;
                    MirrorNode child = createNext(null);
                    frame.node.appendFresh(child);
                    pushUnlessLeaf(stack, child);
                } else if (frame.shadowRootLeft) {
                    frame.shadowRootLeft = false;
                    MirrorElement host = (MirrorElement) frame.node;
                    MirrorShadowRoot shadow = (MirrorShadowRoot) createNext(host);
                    host.setShadowRoot(shadow);
                    pushUnlessLeaf(stack, shadow);
                } else if (frame.contentDocumentLeft) {
                    frame.contentDocumentLeft = false;
                    MirrorDocument document = (MirrorDocument) createNext(null);
                    ((MirrorElement) frame.node).setContentDocument(document);
                    pushUnlessLeaf(stack, document);
                } else {
                    stack.pop();
                }
            }
            return root;
        }

        private void pushUnlessLeaf(Deque<Frame> stack, MirrorNode node) {
            if (childCount > 0 || (kinds[index] & (HAS_SHADOW_ROOT | HAS_CONTENT_DOCUMENT)) != 0) {
                stack.push(new Frame(node, childCount, kinds[index]));
            }
        }

        private MirrorNode createNext(MirrorElement host) {
            readNext();
            int kind = kinds[index];
            Object payload = payloads[index];
            MirrorNode node = switch (kind & KIND_MASK) {
                case ELEMENT -> ((MirrorElement) payload).shallowCopy();
                case DOCTYPE -> Writer.copyDoctype((MirrorDoctype) payload);
                case DOCUMENT -> copyDocument((MirrorDocument) payload);
                case SHADOW_ROOT -> new MirrorShadowRoot(host);
                default -> new MirrorCharacterData(id, CHARACTER_DATA_KINDS[(kind & KIND_MASK) - CHARACTER_DATA], (String) payload);
            };
            if ((kind & MAPPED) != 0) {
                registry.put(node);
            }
            return node;
        }
    }

    private static final class Frame {
        final MirrorNode node;
        int childrenLeft;
        boolean shadowRootLeft;
        boolean contentDocumentLeft;

        Frame(MirrorNode node, int childCount, byte kind) {
            this.node = node;
            this.childrenLeft = childCount;
            this.shadowRootLeft = (kind & HAS_SHADOW_ROOT) != 0;
            this.contentDocumentLeft = (kind & HAS_CONTENT_DOCUMENT) != 0;
            if (node.children instanceof ArrayList<MirrorNode> list) {
                list.ensureCapacity(childCount);
            }
        }
    }
}

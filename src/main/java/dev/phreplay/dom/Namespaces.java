package dev.phreplay.dom;

public final class Namespaces {
    public static final String SVG = "http://www.w3.org/2000/svg";
    public static final String MATHML = "http://www.w3.org/1998/Math/MathML";
    public static final String XLINK = "http://www.w3.org/1999/xlink";
    public static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    private Namespaces() {}
}

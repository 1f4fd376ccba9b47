/**
 * What the player needs from an opened recording, as small interfaces (the view-model layer's
 * ports). Adapters over {@code format}, {@code replay}, {@code dom} and {@code inspect} implement
 * them; tests implement them with mirrors built by hand.
 */
package dev.phreplay.ui.session;

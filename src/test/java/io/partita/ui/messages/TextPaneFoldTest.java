package io.partita.ui.messages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the detail pane folds long lines into rows (the view's only: copies keep the text as it is). */
class TextPaneFoldTest {

    @Test
    void linesUpToTheWidthAreLeftAsTheyAre() {
        String text = "abcd\nefgh\n\nij";
        assertThat(TextPane.fold(text, 4)).isSameAs(text);
        assertThat(TextPane.fold("", 4)).isEmpty();
    }

    @Test
    void aLongerLineIsBrokenAfterEveryWidthCharactersAndEachLineCountsFromItsStart() {
        assertThat(TextPane.fold("abcdefghij", 4)).isEqualTo("abcd\nefgh\nij");
        assertThat(TextPane.fold("abcdefgh", 4)).isEqualTo("abcd\nefgh");
        assertThat(TextPane.fold("abc\nabcdef\nab", 4)).isEqualTo("abc\nabcd\nef\nab");
    }

    @Test
    void aCharacterOutsideTheBmpIsNeverSplit() {
        String face = "\uD83D\uDE00";
        String folded = TextPane.fold("abc" + face + "def", 4);
        assertThat(folded).isEqualTo("abc\n" + face + "de\nf");
        assertThat(folded.replace("\n", "")).isEqualTo("abc" + face + "def");
    }
}

package io.partita.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CredentialManagerScriptTest {

    private static final String TARGET = "partita:0a1b2c3d4e5f:cHJvZA";
    private static final String SECRET = "{\"SASL_PASSWORD\":\"s3cr'et $(whoami) ü€\"}";

    private static boolean ascii(String text) {
        return text.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c <= 0x7e));
    }

    @Test
    void theScriptIsOneAsciiLineFollowedByABlankLine() {
        for (String stdin : new String[] {CredentialManagerScript.read(TARGET), CredentialManagerScript.delete(TARGET)}) {
            assertThat(stdin.split("\n", -1)).hasSize(3);
            assertThat(stdin).endsWith("\n\n");
            assertThat(ascii(stdin)).isTrue();
        }
    }

    @Test
    void theSecretTravelsBase64OnItsOwnLineAndNeverInsideTheScript() {
        String stdin = CredentialManagerScript.write(TARGET, "Partita: prød", SECRET);

        String[] lines = stdin.split("\n", -1);
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).doesNotContain(CredentialManagerScript.base64(SECRET)).doesNotContain("s3cr")
                .contains("[Console]::In.ReadLine()");
        assertThat(lines[1]).isEqualTo("#" + CredentialManagerScript.base64(SECRET));
        assertThat(new String(Base64.getDecoder().decode(lines[1].substring(1)), StandardCharsets.UTF_8))
                .isEqualTo(SECRET);
        assertThat(lines[2]).isEmpty();
        assertThat(ascii(stdin)).isTrue();
    }

    @Test
    void theLabelGoesBase64SoAnyProfileNameSurvivesTheConsoleCodePage() {
        String script = CredentialManagerScript.write(TARGET, "Partita: prød 'x'", "pw").split("\n")[0];

        assertThat(script).contains("'" + CredentialManagerScript.base64("Partita: prød 'x'") + "'")
                .doesNotContain("prød");
    }

    @Test
    void eachOperationCallsItsOwnWin32Wrapper() {
        assertThat(CredentialManagerScript.read(TARGET)).contains("[PartitaCredMan]::Read('" + TARGET + "')");
        assertThat(CredentialManagerScript.delete(TARGET)).contains("[PartitaCredMan]::Delete('" + TARGET + "')");
        assertThat(CredentialManagerScript.write(TARGET, "l", "s")).contains("[PartitaCredMan]::Write('" + TARGET + "',");
        assertThat(CredentialManagerScript.CSHARP).contains("CredReadW", "CredWriteW", "CredDeleteW", "CredFree");
    }

    @Test
    void theCSharpSourceFitsInsideASingleQuotedPowerShellString() {
        assertThat(CredentialManagerScript.CSHARP).doesNotContain("'").doesNotContain("\n")
                .doesNotContain("\u2018").doesNotContain("\u2019");
        assertThat(CredentialManagerScript.read(TARGET)).contains("-TypeDefinition '" + CredentialManagerScript.CSHARP
                + "'");
    }

    @Test
    void quotingDoublesEverySingleQuoteAndExpandsNothing() {
        assertThat(CredentialManagerScript.quoted("it's")).isEqualTo("'it''s'");
        assertThat(CredentialManagerScript.quoted("$(rm -r x); `n \"y\"")).isEqualTo("'$(rm -r x); `n \"y\"'");
        assertThat(CredentialManagerScript.quoted("''")).isEqualTo("''''''");
    }

    @Test
    void quotingRefusesWhatTheConsoleCodePageOrALineBreakWouldChange() {
        assertThatThrownBy(() -> CredentialManagerScript.quoted("a\u2019b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CredentialManagerScript.quoted("prød")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CredentialManagerScript.quoted("a\nb")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAnswerIsFoundBehindPromptsAndEchoedInput() {
        String stdout = "PS C:\\Users\\me> " + CredentialManagerScript.read(TARGET).split("\n")[0] + "\n"
                + "PARTITA-VALUE c2VjcmV0\nPS C:\\Users\\me> \n";

        CredentialManagerScript.Reply reply = CredentialManagerScript.parse(stdout).orElseThrow();

        assertThat(reply.kind()).isEqualTo(CredentialManagerScript.Kind.VALUE);
        assertThat(reply.detail()).isEqualTo("c2VjcmV0");
        assertThat(reply.toString()).doesNotContain("c2VjcmV0");
    }

    @Test
    void errorsCarryTheirMessageAndSilenceIsNoAnswer() {
        CredentialManagerScript.Reply error = CredentialManagerScript.parse("PARTITA-ERROR Element not found.\r\n")
                .orElseThrow();

        assertThat(error.kind()).isEqualTo(CredentialManagerScript.Kind.ERROR);
        assertThat(error.detail()).isEqualTo("Element not found.");
        assertThat(CredentialManagerScript.parse("PARTITA-ABSENT").orElseThrow().kind())
                .isEqualTo(CredentialManagerScript.Kind.ABSENT);
        assertThat(CredentialManagerScript.parse("")).isEmpty();
        assertThat(CredentialManagerScript.parse("PARTITA-MAYBE x\nsomething else")).isEmpty();
    }
}

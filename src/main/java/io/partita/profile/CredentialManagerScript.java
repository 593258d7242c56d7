package io.partita.profile;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * What {@link WindowsCredentialManager} writes to {@code powershell.exe}'s stdin, and how its answer is read. Pure
 * text, no process: tested on every OS.
 *
 * <p>Stdin holds the script as <em>one</em> line: with {@code -Command -} PowerShell runs stdin like a prompt, line
 * by line, and a statement spread over several lines would need a blank line to end it. For a write the next line is
 * {@code #} + base64(secret), read by the script itself with {@code [Console]::In.ReadLine()} (PowerShell reads its
 * commands from that same reader one character at a time, so the line is still there). The secret is therefore never
 * part of the script text, which Windows may log (script block logging records blocks that use Add-Type), and were
 * the line ever taken as a command it would be a comment. Stdin is decoded with the console code page, so everything
 * sent is ASCII: the label and the secret travel base64-encoded, targets must be ASCII already.
 *
 * <p>The script compiles a small C# class (Add-Type) that calls advapi32's CredReadW / CredWriteW / CredDeleteW for
 * generic credentials persisted for this user on this machine (CRED_PERSIST_LOCAL_MACHINE: kept across log-ons,
 * not roamed). The blob is the secret's UTF-8 bytes; the label goes to the credential's comment.
 * The answer is one line starting with {@code PARTITA-}; anything else on stdout (an echo of the input, a prompt)
 * is ignored.
 */
final class CredentialManagerScript {

    /** CRED_MAX_CREDENTIAL_BLOB_SIZE: 5 * 512 bytes. */
    static final int MAX_SECRET_BYTES = 2560;
    static final String MARKER = "PARTITA-";

    /** One line of C#; no single quote anywhere (it sits inside a PowerShell single-quoted string). */
    static final String CSHARP = "using System;using System.ComponentModel;using System.Runtime.InteropServices;"
            + "using System.Text;"
            + "public static class PartitaCredMan{"
            + "[StructLayout(LayoutKind.Sequential,CharSet=CharSet.Unicode)]"
            + "struct Cred{public int Flags;public int Type;public string TargetName;public string Comment;"
            + "public System.Runtime.InteropServices.ComTypes.FILETIME LastWritten;public int BlobSize;"
            + "public IntPtr Blob;public int Persist;public int AttributeCount;public IntPtr Attributes;"
            + "public string TargetAlias;public string UserName;}"
            + "[DllImport(\"advapi32.dll\",EntryPoint=\"CredReadW\",CharSet=CharSet.Unicode,SetLastError=true)]"
            + "static extern bool CredRead(string target,int type,int flags,out IntPtr cred);"
            + "[DllImport(\"advapi32.dll\",EntryPoint=\"CredWriteW\",CharSet=CharSet.Unicode,SetLastError=true)]"
            + "static extern bool CredWrite(ref Cred cred,int flags);"
            + "[DllImport(\"advapi32.dll\",EntryPoint=\"CredDeleteW\",CharSet=CharSet.Unicode,SetLastError=true)]"
            + "static extern bool CredDelete(string target,int type,int flags);"
            + "[DllImport(\"advapi32.dll\")]static extern void CredFree(IntPtr cred);"
            + "const int Generic=1;const int NotFound=1168;const int PersistLocalMachine=2;"
            + "public static string Read(string target){IntPtr p;"
            + "if(!CredRead(target,Generic,0,out p)){int e=Marshal.GetLastWin32Error();"
            + "if(e==NotFound){return null;}throw new Win32Exception(e);}"
            + "try{Cred c=(Cred)Marshal.PtrToStructure(p,typeof(Cred));byte[] b=new byte[c.BlobSize];"
            + "if(c.BlobSize>0){Marshal.Copy(c.Blob,b,0,c.BlobSize);}"
            + "string s=Convert.ToBase64String(b);Array.Clear(b,0,b.Length);return s;}finally{CredFree(p);}}"
            + "public static void Write(string target,string labelBase64,string secretBase64){"
            + "byte[] b=Convert.FromBase64String(secretBase64);Cred c=new Cred();c.Type=Generic;c.TargetName=target;"
            + "c.Comment=Encoding.UTF8.GetString(Convert.FromBase64String(labelBase64));c.UserName=\"partita\";"
            + "c.Persist=PersistLocalMachine;c.BlobSize=b.Length;c.Blob=Marshal.AllocHGlobal(Math.Max(b.Length,1));"
            + "try{Marshal.Copy(b,0,c.Blob,b.Length);"
            + "if(!CredWrite(ref c,0)){throw new Win32Exception(Marshal.GetLastWin32Error());}}"
            + "finally{for(int i=0;i<b.Length;i++){Marshal.WriteByte(c.Blob,i,0);}"
            + "Marshal.FreeHGlobal(c.Blob);Array.Clear(b,0,b.Length);}}"
            + "public static bool Delete(string target){if(CredDelete(target,Generic,0)){return true;}"
            + "int e=Marshal.GetLastWin32Error();if(e==NotFound){return false;}throw new Win32Exception(e);}}";

    /** The answer's kinds: a value (base64), no such entry, done, or an error message. */
    enum Kind { VALUE, ABSENT, DONE, ERROR }

    record Reply(Kind kind, String detail) {
        @Override
        public String toString() {
            // A VALUE's detail is a secret.
            return "Reply[" + kind + "]";
        }
    }

    private CredentialManagerScript() {
    }

    /** Stdin that reads {@code target}: answers VALUE with base64 of the stored bytes, or ABSENT. */
    static String read(String target) {
        return lines(wrap("$v=[PartitaCredMan]::Read(" + quoted(target) + ");"
                + "if($v -eq $null){" + answer("'" + MARKER + "ABSENT'") + "}"
                + "else{" + answer("'" + MARKER + "VALUE '+$v") + "}"), null);
    }

    /** Stdin that stores {@code secret} under {@code target}; the secret is on the second line, never in the script. */
    static String write(String target, String label, String secret) {
        String script = wrap("$s=[Console]::In.ReadLine();"
                + "if($s -eq $null -or -not $s.StartsWith('#')){throw 'the secret did not arrive on standard input'};"
                + "[PartitaCredMan]::Write(" + quoted(target) + "," + quoted(base64(label)) + ",$s.Substring(1));"
                + "$s=$null;" + answer("'" + MARKER + "DONE'"));
        return lines(script, "#" + base64(secret));
    }

    /** Stdin that deletes {@code target}; answers DONE whether or not it existed. */
    static String delete(String target) {
        return lines(wrap("[void][PartitaCredMan]::Delete(" + quoted(target) + ");" + answer("'" + MARKER + "DONE'")),
                null);
    }

    /**
     * A PowerShell single-quoted literal: nothing inside is expanded; a quote is doubled, including the typographic
     * single quotes PowerShell also accepts as quotes. Only printable ASCII is taken (stdin's code page would change
     * anything else).
     */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("'");
        for (char c : text.toCharArray()) {
            if (c < 0x20 || c > 0x7e) {
                throw new IllegalArgumentException("only printable ASCII can be sent to PowerShell here");
            }
            out.append(c);
            if (c == '\'') {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }

    /** The first answer line on {@code stdout} (after an optional "PS ...> " prompt), if any. */
    static Optional<Reply> parse(String stdout) {
        for (String line : stdout.split("\\R")) {
            String text = line.replaceFirst("^PS [^>]*> ", "").strip();
            if (!text.startsWith(MARKER)) {
                continue;
            }
            String rest = text.substring(MARKER.length());
            int space = rest.indexOf(' ');
            String word = space < 0 ? rest : rest.substring(0, space);
            String detail = space < 0 ? "" : rest.substring(space + 1).strip();
            for (Kind kind : Kind.values()) {
                if (kind.name().equals(word)) {
                    return Optional.of(new Reply(kind, detail));
                }
            }
        }
        return Optional.empty();
    }

    static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String wrap(String body) {
        return "$ErrorActionPreference='Stop';try{Add-Type -TypeDefinition " + quoted(CSHARP) + ";" + body + "}"
                + "catch{" + answer("'" + MARKER + "ERROR '+($_.Exception.Message -replace '\\s+',' ')") + "}";
    }

    private static String answer(String expression) {
        return "[Console]::Out.WriteLine(" + expression + ")";
    }

    /** The script line, the data line if any, and a blank line that ends any statement PowerShell still waits for. */
    private static String lines(String script, String data) {
        return script + "\n" + (data == null ? "" : data + "\n") + "\n";
    }
}

package org.newsroom.it.breaking;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Reads a WebSocket by hand, for a reader that sat on its socket without reading: the server's
 * handshake answer, then its text messages, until the server closes. (Server frames are never
 * masked; a message may come in fragments.) A real client would hide what these tests look at.
 */
final class SocketFrames {

    private static final int CONTINUATION = 0;
    private static final int TEXT = 1;
    private static final int CLOSE = 8;

    private SocketFrames() {
    }

    static String newKey() {
        byte[] key = new byte[16];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** Every text message the server sent, until its close frame or the end of the stream; fails if it never closes. */
    static List<String> textsUntilClosed(Socket socket, Duration within) throws IOException {
        socket.setSoTimeout((int) within.toMillis());
        DataInputStream in = new DataInputStream(socket.getInputStream());
        List<String> texts = new ArrayList<>();
        try {
            String answer = handshakeAnswer(in);
            if (!answer.startsWith("HTTP/1.1 101")) {
                throw new AssertionError("the server did not switch to WebSocket: " + answer.lines().findFirst().orElse(""));
            }
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            while (true) {
                int first = in.readUnsignedByte();
                int opcode = first & 0x0F;
                long length = in.readUnsignedByte() & 0x7F;
                if (length == 126) {
                    length = in.readUnsignedShort();
                } else if (length == 127) {
                    length = in.readLong();
                }
                byte[] payload = in.readNBytes((int) length);
                if (opcode == CLOSE) {
                    return texts;
                }
                if (opcode == TEXT || opcode == CONTINUATION) {
                    message.write(payload);
                    if ((first & 0x80) != 0) {
                        texts.add(message.toString(StandardCharsets.UTF_8));
                        message.reset();
                    }
                }
            }
        } catch (EOFException closed) {
            return texts;
        } catch (SocketTimeoutException stillOpen) {
            throw new AssertionError("the stalled WebSocket reader was never dropped (" + texts.size() + " messages taken)");
        }
    }

    private static String handshakeAnswer(DataInputStream in) throws IOException {
        StringBuilder answer = new StringBuilder();
        while (!answer.toString().endsWith("\r\n\r\n")) {
            answer.append((char) in.readUnsignedByte());
        }
        return answer.toString();
    }
}

package org.returnwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No network, proven: every command runs in a network namespace with no interface but loopback
 * (unshare -n) and under a trace of its network system calls (strace), and no IP socket is ever
 * connected, bound, listened on or sent to. (The JDK makes unconnected sockets at start-up to learn
 * what the system supports; making a socket is not using the network.) The README says how to
 * repeat this by hand.
 */
class NoNetworkTest {
    /** The calls that would use the network, on an IP socket or with an IP address. */
    private static final Pattern USE = Pattern.compile(
            "\\b(connect|bind|listen|accept4?|sendto|sendmsg|sendmmsg)\\((\\d+<(TCP|UDP|TCPv6|UDPv6)[^>]*>"
                    + "|.*AF_INET6?)");

    @TempDir
    Path dir;

    @Test
    void noCommandConnectsBindsOrSendsOnAnIpSocket() throws Exception {
        Strace.assumeAvailable();
        String[] unshare = BadArgumentsTest.run("unshare", "-n", "true") == 0 ? new String[] {"unshare", "-n"}
                : BadArgumentsTest.run("unshare", "-rn", "true") == 0 ? new String[] {"unshare", "-rn"} : null;
        Assumptions.assumeTrue(unshare != null, "no network namespace can be made here (unshare -n and unshare -rn "
                + "both refused): the trace alone would prove less than this test claims");

        EveryCommand every = new EveryCommand(dir);
        Path trace = dir.resolve("network-calls.txt");
        every.runAll(new ChildCli().under(unshare).under(Strace.command(trace, "%network")));

        List<String> calls = Strace.lines(trace);
        assertThat(calls).as("the trace followed the program to its end")
                .anyMatch(l -> l.contains("+++ exited with 0"));
        assertThat(calls.stream().filter(l -> USE.matcher(l).find()).toList()).isEmpty();
    }

    @Test
    void theCheckRecognisesNetworkUseInStraceLines() {
        assertThat(USE.matcher("4711  connect(7<TCPv6:[98765]>, {sa_family=AF_INET6, sin6_port=htons(443)}, 28) = -1")
                .find()).isTrue();
        assertThat(USE.matcher("4711  sendto(9<UDP:[4242]>, \"\\x12\", 1, 0, NULL, 0) = 1").find()).isTrue();
        assertThat(USE.matcher("4711  bind(5, {sa_family=AF_INET, sin_port=htons(0)}, 16) = 0").find()).isTrue();
        assertThat(USE.matcher("4711  connect(6<UNIX:[123]>, {sa_family=AF_UNIX, sun_path=\"/run/x\"}, 110) = 0")
                .find()).isFalse();
        assertThat(USE.matcher("4711  socket(AF_INET6, SOCK_STREAM, IPPROTO_IP) = 5").find()).isFalse();
    }
}

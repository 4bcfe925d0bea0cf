import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import java.util.Properties;
import javax.naming.Context;
import javax.naming.InitialContext;

/**
 * Posts breaking items through the JMS inbox as a remote client would, then prints
 * "SENT <epoch millis>" (the time before the last send). Run with WildFly's
 * bin/client/jboss-client.jar on the class path:
 *   java -cp jboss-client.jar PostBreaking.java <remote url> <user> <password> <edition> <text> [count]
 * With a count above one, items are numbered ("<text> 1", "<text> 2", ...) and padded to nearly
 * the longest line allowed: the benchmark uses that to fill stalled readers' sockets with
 * changes cheaply (no HTTP sign-in per item).
 */
public class PostBreaking {
    public static void main(String[] args) throws Exception {
        Properties env = new Properties();
        env.put(Context.INITIAL_CONTEXT_FACTORY, "org.wildfly.naming.client.WildFlyInitialContextFactory");
        env.put(Context.PROVIDER_URL, args[0]);
        env.put(Context.SECURITY_PRINCIPAL, args[1]);
        env.put(Context.SECURITY_CREDENTIALS, args[2]);
        int count = args.length > 5 ? Integer.parseInt(args[5]) : 1;
        InitialContext naming = new InitialContext(env);
        ConnectionFactory factory = (ConnectionFactory) naming.lookup("jms/RemoteConnectionFactory");
        Queue inbox = (Queue) naming.lookup("jms/newsroom/breaking-inbox");
        String text = args[4].replace("\"", "'");
        try (JMSContext jms = factory.createContext(args[1], args[2])) {
            JMSProducer producer = jms.createProducer();
            jms.start();
            long before = 0;
            for (int i = 1; i <= count; i++) {
                String line = count == 1 ? text : padded(text + " " + i);
                before = System.currentTimeMillis();
                producer.send(inbox, jms.createTextMessage("{\"edition\":\"" + args[3] + "\",\"text\":\"" + line + "\"}"));
            }
            System.out.println("SENT " + before); // persistent sends: each returned once the broker had it
        }
        naming.close();
    }

    /** A breaking line is at most 200 characters. */
    private static String padded(String line) {
        StringBuilder padded = new StringBuilder(line).append(' ');
        while (padded.length() < 190) {
            padded.append('.');
        }
        return padded.toString();
    }
}

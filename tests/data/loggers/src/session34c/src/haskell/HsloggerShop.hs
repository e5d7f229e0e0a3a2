-- hslogger: one made-up shop's activity. The handler and formatter are the ones the
-- System.Log.Logger documentation shows: a handler with simpleLogFormatter "[$time : $loggername : $prio] $msg".
import System.IO (stderr, hSetEncoding, utf8)
import System.Log.Logger
import System.Log.Handler (setFormatter)
import System.Log.Handler.Simple (streamHandler)
import System.Log.Formatter (simpleLogFormatter)
import Control.Exception (SomeException, try, evaluate, ErrorCall(..), throwIO)
import System.Posix.Process (getProcessID)

main :: IO ()
main = do
  hSetEncoding stderr utf8
  h <- streamHandler stderr DEBUG
  let h' = setFormatter h (simpleLogFormatter "[$time : $loggername : $prio] $msg")
  updateGlobalLogger rootLoggerName (setLevel DEBUG . setHandlers [h'])
  pid <- getProcessID
  noticeM "shop" ("shop-api starting on 127.0.0.1:8080 (pid " ++ show pid ++ ")")
  infoM "shop" "config loaded: workers=4 db=postgres://shop@localhost/shop"
  debugM "shop" "cache warm: 128 entries"
  let orders = [(1001, 200, "Café Zoë in 東京"), (1002, 200, "O'Brien \"Bob\""), (1003, 200, "tab\there"),
                (1004, 404, "Łódź ½ ☃"), (1005, 200, "back\\slash")] :: [(Int, Int, String)]
  mapM_ (\(i, s, c) -> (if s == 404 then warningM else infoM) "shop.http"
            ("GET /orders/" ++ show i ++ " " ++ show s ++ " customer=" ++ c)) orders
  warningM "shop" "disk almost full on C:\\shop\\orders (91% used)"
  r <- try (throwIO (ErrorCall "payment gateway timeout after 30s") >> evaluate ()) :: IO (Either SomeException ())
  case r of
    Left e -> errorM "shop.checkout" ("POST /checkout failed: " ++ show e)
    Right _ -> return ()
  infoM "shop" "multi-line report:\nline two\n\tline three"
  criticalM "shop.db" "database connection lost"
  alertM "shop.db" "replica lag 120s"
  emergencyM "shop" "disk /var/lib/shop is read-only"
  noticeM "shop" "shop-api stopped"

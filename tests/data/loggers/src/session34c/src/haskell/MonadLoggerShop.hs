{-# LANGUAGE OverloadedStrings, TemplateHaskell #-}
-- monad-logger: one made-up shop's activity through runStdoutLoggingT (defaultOutput / defaultLogStr).
import Control.Monad.Logger
import Control.Monad.IO.Class (liftIO)
import qualified Data.Text as T
import System.IO (stdout, hSetEncoding, utf8)
import System.Posix.Process (getProcessID)

main :: IO ()
main = do
  hSetEncoding stdout utf8
  runStdoutLoggingT $ do
    pid <- liftIO getProcessID
    $(logInfo) (T.pack ("shop-api starting on 127.0.0.1:8080 (pid " ++ show pid ++ ")"))
    $(logInfo) "config loaded: workers=4 db=postgres://shop@localhost/shop"
    $(logDebug) "cache warm: 128 entries"
    let orders = [(1001, 200, "Café Zoë in 東京"), (1002, 200, "O'Brien \"Bob\""), (1003, 200, "tab\there"),
                  (1004, 404, "Łódź ½ ☃"), (1005, 200, "back\\slash")] :: [(Int, Int, T.Text)]
    mapM_ (\(i, s, c) -> let m = T.concat ["GET /orders/", T.pack (show i), " ", T.pack (show s), " customer=", c]
                         in if s == 404 then $(logWarnS) "http" m else $(logInfoS) "http" m) orders
    $(logWarn) "disk almost full on C:\\shop\\orders (91% used)"
    $(logError) "POST /checkout failed: payment gateway timeout after 30s"
    $(logInfo) "multi-line report:\nline two\n\tline three"
    $(logOther "Critical") "database connection lost"
    logInfoN "shop-api stopped"

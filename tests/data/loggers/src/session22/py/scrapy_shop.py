"""Scrapy (its default LOG_FORMAT '%(asctime)s [%(name)s] %(levelname)s: %(message)s', LOG_LEVEL DEBUG) crawling a local
http.server: 200s, a 404, a redirect, a callback that raises, a dropped item, the closing stats dump."""
import os, sys, scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.exceptions import DropItem

BASE = sys.argv[1]

class PricePipeline:
    def process_item(self, item, spider):
        if item.get("price") is None:
            raise DropItem(f"Missing price in {item['name']!r}")
        return item

class ShopSpider(scrapy.Spider):
    name = "shop"
    start_urls = [BASE + "/index.html", BASE + "/missing.html", BASE + "/broken.html"]
    def parse(self, response):
        if "broken" in response.url:
            raise ValueError("price column not found on page «Angebote»")
        self.logger.info("Parsing %s (%d bytes)", response.url, len(response.body))
        for row in response.css("li"):
            yield {"name": row.css("::text").get(), "price": row.attrib.get("data-price")}
        self.logger.warning('Page has no "next" link: %s', response.url)

p = CrawlerProcess(settings={
    "LOG_FILE": os.path.join(os.environ["CORPUS"], "work", "scrapy", "scrapy.log"),
    "LOG_LEVEL": "DEBUG", "ITEM_PIPELINES": {"__main__.PricePipeline": 100}, "ROBOTSTXT_OBEY": True,
    "TELNETCONSOLE_ENABLED": False, "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
})
p.crawl(ShopSpider); p.start()

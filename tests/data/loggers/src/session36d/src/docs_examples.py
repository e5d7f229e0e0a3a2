"""Example records copied from the providers' documentation (values and key order as printed there).

Each constant names its page. The docs print them pretty or in fragments; gen_cloud.py re-serialises
them as the delivered files carry them (one JSON object a line). Nothing here is invented.
"""

# https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-examples.html
# (source: github.com/awsdocs/aws-cloudtrail-user-guide doc_source/cloudtrail-log-file-examples.md)
CLOUDTRAIL_EC2 = r'''[{
    "eventVersion": "1.0",
    "userIdentity": {"type": "IAMUser","principalId": "EX_PRINCIPAL_ID","arn": "arn:aws:iam::123456789012:user/Alice","accessKeyId": "EXAMPLE_KEY_ID","accountId": "123456789012","userName": "Alice"},
    "eventTime": "2014-03-06T21:22:54Z","eventSource": "ec2.amazonaws.com","eventName": "StartInstances","awsRegion": "us-east-2",
    "sourceIPAddress": "205.251.233.176","userAgent": "ec2-api-tools 1.6.12.2",
    "requestParameters": {"instancesSet": {"items": [{"instanceId": "i-ebeaf9e2"}]}},
    "responseElements": {"instancesSet": {"items": [{"instanceId": "i-ebeaf9e2","currentState": {"code": 0,"name": "pending"},"previousState": {"code": 80,"name": "stopped"}}]}}
},{
    "eventVersion": "1.0",
    "userIdentity": {"type": "IAMUser","principalId": "EX_PRINCIPAL_ID","arn": "arn:aws:iam::123456789012:user/Alice","accountId": "123456789012","accessKeyId": "EXAMPLE_KEY_ID","userName": "Alice"},
    "eventTime": "2014-03-06T21:01:59Z","eventSource": "ec2.amazonaws.com","eventName": "StopInstances","awsRegion": "us-east-2",
    "sourceIPAddress": "205.251.233.176","userAgent": "ec2-api-tools 1.6.12.2",
    "requestParameters": {"instancesSet": {"items": [{"instanceId": "i-ebeaf9e2"}]},"force": false},
    "responseElements": {"instancesSet": {"items": [{"instanceId": "i-ebeaf9e2","currentState": {"code": 64,"name": "stopping"},"previousState": {"code": 16,"name": "running"}}]}}
},{
    "eventVersion": "1.0",
    "userIdentity": {"type": "IAMUser","principalId": "EX_PRINCIPAL_ID","arn": "arn:aws:iam::123456789012:user/Alice","accountId": "123456789012","accessKeyId": "EXAMPLE_KEY_ID","userName": "Alice","sessionContext": {"attributes": {"mfaAuthenticated": "false","creationDate": "2014-03-06T15:15:06Z"}}},
    "eventTime": "2014-03-06T17:10:34Z","eventSource": "ec2.amazonaws.com","eventName": "CreateKeyPair","awsRegion": "us-east-2",
    "sourceIPAddress": "72.21.198.64","userAgent": "EC2ConsoleBackend, aws-sdk-java/Linux/x.xx.fleetxen Java_HotSpot(TM)_64-Bit_Server_VM/xx",
    "requestParameters": {"keyName": "mykeypair"},
    "responseElements": {"keyName": "mykeypair","keyFingerprint": "30:1d:46:d0:5b:ad:7e:1b:b6:70:62:8b:ff:38:b5:e9:ab:5d:b8:21","keyMaterial": "\u003csensitiveDataRemoved\u003e"}
}]'''

CLOUDTRAIL_IAM = r'''[{
    "eventVersion": "1.0",
    "userIdentity": {"type": "IAMUser","principalId": "EX_PRINCIPAL_ID","arn": "arn:aws:iam::123456789012:user/Alice","accountId": "123456789012","accessKeyId": "EXAMPLE_KEY_ID","userName": "Alice"},
    "eventTime": "2014-03-24T21:11:59Z","eventSource": "iam.amazonaws.com","eventName": "CreateUser","awsRegion": "us-east-2",
    "sourceIPAddress": "127.0.0.1","userAgent": "aws-cli/1.3.2 Python/2.7.5 Windows/7",
    "requestParameters": {"userName": "Bob"},
    "responseElements": {"user": {"createDate": "Mar 24, 2014 9:11:59 PM","userName": "Bob","arn": "arn:aws:iam::123456789012:user/Bob","path": "/","userId": "EXAMPLEUSERID"}}
},{
    "eventVersion": "1.0",
    "userIdentity": {"type": "IAMUser","principalId": "EX_PRINCIPAL_ID","arn": "arn:aws:iam::123456789012:user/Alice","accountId": "123456789012","accessKeyId": "EXAMPLE_KEY_ID","userName": "Alice","sessionContext": {"attributes": {"mfaAuthenticated": "false","creationDate": "2014-03-25T18:45:11Z"}}},
    "eventTime": "2014-03-25T21:08:14Z","eventSource": "iam.amazonaws.com","eventName": "AddUserToGroup","awsRegion": "us-east-2",
    "sourceIPAddress": "127.0.0.1","userAgent": "AWSConsole",
    "requestParameters": {"userName": "Bob","groupName": "admin"},
    "responseElements": null
},{
    "eventVersion": "1.04",
    "userIdentity": {"type": "IAMUser","principalId": "EX_PRINCIPAL_ID","arn": "arn:aws:iam::123456789012:user/Alice","accountId": "123456789012","accessKeyId": "EXAMPLE_KEY_ID","userName": "Alice"},
    "eventTime": "2016-07-14T19:15:45Z","eventSource": "cloudtrail.amazonaws.com","eventName": "UpdateTrail","awsRegion": "us-east-2",
    "sourceIPAddress": "205.251.233.182","userAgent": "aws-cli/1.10.32 Python/2.7.9 Windows/7 botocore/1.4.22",
    "errorCode": "TrailNotFoundException","errorMessage": "Unknown trail: myTrail2 for the user: 123456789012",
    "requestParameters": {"name": "myTrail2"},"responseElements": null,
    "requestID": "5d40662a-49f7-11e6-97e4-d9cb6ff7d6a3","eventID": "b7d4398e-b2f0-4faa-9c76-e2d316a8d67f","eventType": "AwsApiCall","recipientAccountId": "123456789012"
}]'''

# https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference.html (doc_source/cloudtrail-event-reference.md)
CLOUDTRAIL_START_LOGGING = r'''{
    "eventVersion": "1.01",
    "userIdentity": {"type": "IAMUser","principalId": "AIDAJDPLRKLG7UEXAMPLE","arn": "arn:aws:iam::123456789012:user/Alice","accountId": "123456789012","accessKeyId": "AKIAIOSFODNN7EXAMPLE","userName": "Alice","sessionContext": {"attributes": {"mfaAuthenticated": "false","creationDate": "2014-03-18T14:29:23Z"}}},
    "eventTime": "2014-03-18T14:30:07Z","eventSource": "cloudtrail.amazonaws.com","eventName": "StartLogging","awsRegion": "us-west-2",
    "sourceIPAddress": "72.21.198.64","userAgent": "signin.amazonaws.com",
    "requestParameters": {"name": "Default"},"responseElements": null,
    "requestID": "cdc73f9d-aea9-11e3-9d5a-835b769c0d9c","eventID": "3074414d-c626-42aa-984b-68ff152d6ab7"
}'''

# https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-aws-console-sign-in-events.html
CLOUDTRAIL_SIGNIN = r'''[{
    "eventVersion":"1.05",
    "userIdentity":{"type":"IAMUser","principalId":"AIDACKCEVSQ6C2EXAMPLE","arn":"arn:aws:iam::111122223333:user/anaya","accountId":"111122223333","userName":"anaya"},
    "eventTime":"2018-08-29T16:24:34Z","eventSource":"signin.amazonaws.com","eventName":"ConsoleLogin","awsRegion":"us-east-2",
    "sourceIPAddress":"192.0.2.0","userAgent":"Mozilla/5.0 (Macintosh; Intel Mac OS X 10.12; rv:62.0) Gecko/20100101 Firefox/62.0",
    "requestParameters":null,"responseElements":{"ConsoleLogin":"Success"},
    "additionalEventData":{"MobileVersion":"No","LoginTo":"https://console.aws.amazon.com/sns","MFAUsed":"No"},
    "eventID":"3fcfb182-98f8-4744-bd45-10a395ab61cb","eventType": "AwsConsoleSignin"
},{
    "eventVersion": "1.05",
    "userIdentity": {"type": "IAMUser","principalId": "AIDACKCEVSQ6C2EXAMPLE","accountId": "111122223333","accessKeyId": "","userName": "anaya"},
    "eventTime": "2018-07-24T18:32:11Z","eventSource": "signin.amazonaws.com","eventName": "ConsoleLogin","awsRegion": "us-east-1",
    "sourceIPAddress": "192.0.2.0","userAgent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_6) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/67.0.3396.99 Safari/537.36",
    "errorMessage": "Failed authentication",
    "requestParameters": null,"responseElements": {"ConsoleLogin": "Failure"},
    "additionalEventData": {"LoginTo": "https://console.aws.amazon.com/console/home?state=hashArgs%23&isauthcode=true","MobileVersion": "No","MFAUsed": "Yes"},
    "eventID": "d38ce1b3-4575-4cb8-a632-611b8243bfc3","eventType": "AwsConsoleSignIn","recipientAccountId": "111122223333"
},{
    "eventVersion": "1.05",
    "userIdentity": {"type": "IAMUser","principalId": "AIDACKCEVSQ6C2EXAMPLE","accountId": "111122223333","accessKeyId": "","userName": "anaya"},
    "eventTime": "2018-07-24T18:33:45Z","eventSource": "signin.amazonaws.com","eventName": "CheckMfa","awsRegion": "us-east-1",
    "sourceIPAddress": "192.0.2.0","userAgent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_6) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/67.0.3396.99 Safari/537.36",
    "requestParameters": null,"responseElements": {"CheckMfa": "Success"},
    "additionalEventData": {"MfaType": "U2F MFA"},
    "eventID": "f8ef8fc5-e3e8-4ee1-9d52-2f412ddf17e3","eventType": "AwsConsoleSignIn","recipientAccountId": "111122223333"
},{
    "eventVersion": "1.05",
    "userIdentity": {"type": "IAMUser","principalId": "AIDACKCEVSQ6C2EXAMPLE","arn": "arn:aws:iam::111122223333:user/anaya","accountId": "111122223333","userName": "anaya"},
    "eventTime": "2018-07-24T18:34:07Z","eventSource": "signin.amazonaws.com","eventName": "ConsoleLogin","awsRegion": "us-east-1",
    "sourceIPAddress": "192.0.2.0","userAgent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_6) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/67.0.3396.99 Safari/537.36",
    "requestParameters": null,"responseElements": {"ConsoleLogin": "Success"},
    "additionalEventData": {"LoginTo": "https://console.aws.amazon.com/console/home?state=hashArgs%23&isauthcode=true","MobileVersion": "No","MFAUsed": "Yes"},
    "eventID": "fed06f42-cb12-4764-8c69-121063dc79b9","eventType": "AwsConsoleSignIn","recipientAccountId": "111122223333"
},{
    "eventVersion": "1.05",
    "userIdentity": {"type": "Root","principalId": "AIDACKCEVSQ6C2EXAMPLE","arn": "arn:aws:iam::111122223333:root","accountId": "111122223333","accessKeyId": ""},
    "eventTime": "2018-08-25T18:10:29Z","eventSource": "signin.amazonaws.com","eventName": "ConsoleLogin","awsRegion": "us-east-1",
    "sourceIPAddress": "192.0.2.0","userAgent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_6) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/68.0.3440.106 Safari/537.36",
    "errorMessage": "Failed authentication",
    "requestParameters": null,"responseElements": {"ConsoleLogin": "Failure"},
    "additionalEventData": {"LoginTo": "https://console.aws.amazon.com/console/home?state=hashArgs%23&isauthcode=true","MobileVersion": "No","MFAUsed": "No"},
    "eventID": "a4fbbe77-91a0-4238-804a-64314184edb6","eventType": "AwsConsoleSignIn","recipientAccountId": "111122223333"
}]'''

# https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs-records-examples.html (doc_source/flow-logs-records-examples.md)
VPC_DEFAULT = [
    "2 123456789010 eni-1235b8ca123456789 172.31.16.139 172.31.16.21 20641 22 6 20 4249 1418530010 1418530070 ACCEPT OK",
    "2 123456789010 eni-1235b8ca123456789 172.31.9.69 172.31.9.12 49761 3389 6 20 4249 1418530010 1418530070 REJECT OK",
    "2 123456789010 eni-1235b8ca123456789 - - - - - - - 1431280876 1431280934 - NODATA",
    "2 123456789010 eni-11111111aaaaaaaaa - - - - - - - 1431280876 1431280934 - SKIPDATA",
    "2 123456789010 eni-1235b8ca123456789 203.0.113.12 172.31.16.139 0 0 1 4 336 1432917027 1432917142 ACCEPT OK",
    "2 123456789010 eni-1235b8ca123456789 172.31.16.139 203.0.113.12 0 0 1 4 336 1432917094 1432917142 REJECT OK",
    "2 123456789010 eni-1235b8ca123456789 2001:db8:1234:a100:8d6e:3477:df66:f105 2001:db8:1234:a102:3304:8879:34cf:4071 34892 22 6 54 8855 1477913708 1477913820 ACCEPT OK",
]
VPC_DEFAULT_FIELDS = "version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status"
# same page, "Service name, traffic path, and flow direction"
VPC_V5_FIELDS = ("version srcaddr dstaddr srcport dstport protocol start end type packets bytes account-id vpc-id subnet-id "
                 "instance-id interface-id region az-id sublocation-type sublocation-id action tcp-flags pkt-srcaddr "
                 "pkt-dstaddr pkt-src-aws-service pkt-dst-aws-service traffic-path flow-direction log-status")
VPC_V5 = [
    "5 52.95.128.179 10.0.0.71 80 34210 6 1616729292 1616729349 IPv4 14 15044 123456789012 vpc-abcdefab012345678 subnet-aaaaaaaa012345678 i-0c50d5961bcb2d47b eni-1235b8ca123456789 ap-southeast-2 apse2-az3 - - ACCEPT 19 52.95.128.179 10.0.0.71 S3 - - ingress OK",
    "5 10.0.0.71 52.95.128.179 34210 80 6 1616729292 1616729349 IPv4 7 471 123456789012 vpc-abcdefab012345678 subnet-aaaaaaaa012345678 i-0c50d5961bcb2d47b eni-1235b8ca123456789 ap-southeast-2 apse2-az3 - - ACCEPT 3 10.0.0.71 52.95.128.179 - S3 8 egress OK",
]

# https://docs.aws.amazon.com/waf/latest/developerguide/logging-examples.html
# (github.com/awsdocs/aws-waf-and-shield-advanced-developer-guide doc_source/logging-examples.md): the first four
WAF = r'''[{
    "timestamp": 1576280412771,"formatVersion": 1,
    "webaclId": "arn:aws:wafv2:ap-southeast-2:111122223333:regional/webacl/STMTest/1EXAMPLE-2ARN-3ARN-4ARN-123456EXAMPLE",
    "terminatingRuleId": "STMTest_SQLi_XSS","terminatingRuleType": "REGULAR","action": "BLOCK",
    "terminatingRuleMatchDetails": [{"conditionType": "SQL_INJECTION","location": "HEADER","matchedData": ["10","AND","1"]}],
    "httpSourceName": "-","httpSourceId": "-","ruleGroupList": [],"rateBasedRuleList": [],"nonTerminatingMatchingRules": [],
    "httpRequest": {"clientIp": "1.1.1.1","country": "AU","headers": [{"name": "Host","value": "localhost:1989"},{"name": "User-Agent","value": "curl/7.61.1"},{"name": "Accept","value": "*/*"},{"name": "x-stm-test","value": "10 AND 1=1"}],
        "uri": "/foo","args": "","httpVersion": "HTTP/1.1","httpMethod": "GET","requestId": "rid"},
    "labels": [{"name": "value"}]
},{
    "timestamp":1592357192516,"formatVersion":1,
    "webaclId":"arn:aws:wafv2:us-east-1:123456789012:global/webacl/hello-world/5933d6d9-9dde-js82-v8aw-9ck28nv9",
    "terminatingRuleId":"Default_Action","terminatingRuleType":"REGULAR","action":"ALLOW","terminatingRuleMatchDetails":[],
    "httpSourceName":"-","httpSourceId":"-","ruleGroupList":[],"rateBasedRuleList":[],
    "nonTerminatingMatchingRules":[{"ruleId":"TestRule","action":"COUNT","ruleMatchDetails":[{"conditionType":"SQL_INJECTION","location":"HEADER","matchedData":["10","and","1"]}]}],
    "httpRequest":{"clientIp":"3.3.3.3","country":"US","headers":[{"name":"Host","value":"localhost:1989"},{"name":"User-Agent","value":"curl/7.61.1"},{"name":"Accept","value":"*/*"},{"name":"foo","value":"10 AND 1=1"}],
        "uri":"/foo","args":"","httpVersion":"HTTP/1.1","httpMethod":"GET","requestId":"rid"},
    "labels": [{"name": "value"}]
},{
    "timestamp":1592361810888,"formatVersion":1,
    "webaclId":"arn:aws:wafv2:us-east-1:123456789012:global/webacl/hello-world/5933d6d9-9dde-js82-v8aw-9ck28nv9",
    "terminatingRuleId":"RG-Reference","terminatingRuleType":"GROUP","action":"BLOCK",
    "terminatingRuleMatchDetails":[{"conditionType":"XSS","location":"HEADER","matchedData":["<","frameset"]}],
    "httpSourceName":"-","httpSourceId":"-",
    "ruleGroupList":[{"ruleGroupId":"arn:aws:wafv2:us-east-1:123456789012:global/rulegroup/hello-world/c05lb698-1f11-4m41-aef4-99a506d53f4b",
        "terminatingRule":{"ruleId":"RuleA-XSS","action":"BLOCK","ruleMatchDetails":null},
        "nonTerminatingMatchingRules":[{"ruleId":"RuleB-SQLi","action":"COUNT","ruleMatchDetails":[{"conditionType":"SQL_INJECTION","location":"HEADER","matchedData":["10","and","1"]}]}],
        "excludedRules":null}],
    "rateBasedRuleList":[],"nonTerminatingMatchingRules":[],
    "httpRequest":{"clientIp":"3.3.3.3","country":"US","headers":[{"name":"Host","value":"localhost:1989"},{"name":"User-Agent","value":"curl/7.61.1"},{"name":"Accept","value":"*/*"},{"name":"xssfoo","value":"<frameset onload=alert(1)>"},{"name":"bar","value":"10 AND 1=1"}],
        "uri":"/foo","args":"","httpVersion":"HTTP/1.1","httpMethod":"GET","requestId":"rid"},
    "labels": [{"name": "value"}]
},{
    "timestamp": 1576280412771,"formatVersion": 1,
    "webaclId": "arn:aws:wafv2:ap-southeast-2:123456789012:regional/webacl/test/111",
    "terminatingRuleId": "STMTest_SQLi_XSS","terminatingRuleType": "REGULAR","action": "BLOCK",
    "terminatingRuleMatchDetails": [{"conditionType": "SQL_INJECTION","location": "UNKNOWN","matchedData": ["10","AND","1"]}],
    "httpSourceName": "ALB","httpSourceId": "alb","ruleGroupList": [],"rateBasedRuleList": [],"nonTerminatingMatchingRules": [],
    "requestHeadersInserted":null,"responseCodeSent":null,
    "httpRequest": {"clientIp": "1.1.1.1","country": "AU","headers": [],"uri": "","args": "","httpVersion": "HTTP/1.1","httpMethod": "POST","requestId": "null"},
    "labels": [{"name": "value"}]
}]'''

# https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/resolver-query-logs-example-json.html
ROUTE53 = r'''{
    "srcaddr": "4.5.64.102","vpc_id": "vpc-7example",
    "answers": [{"Rdata": "203.0.113.9","Type": "PTR","Class": "IN"}],
    "firewall_rule_group_id": "rslvr-frg-01234567890abcdef","firewall_rule_action": "BLOCK",
    "query_name": "15.3.4.32.in-addr.arpa.","firewall_domain_list_id": "rslvr-fdl-01234567890abcdef",
    "query_class": "IN","srcids": {"instance": "i-0d15cd0d3example"},"rcode": "NOERROR","query_type": "PTR","transport": "UDP",
    "version": "1.100000","account_id": "111122223333","srcport": "56067","query_timestamp": "2021-02-04T17:51:55Z","region": "us-east-1"
}'''

# AWS Network Firewall alert record. Field list: https://docs.aws.amazon.com/network-firewall/latest/developerguide/firewall-logging-contents.html;
# this compact line is the AWS sample as reproduced verbatim by IBM QRadar's DSM guide
# (https://www.ibm.com/docs/en/qsip/7.6.0?topic=firewall-aws-network-sample-event-messages) and Juniper JSA's.
NFW_ALERT = ('{"firewall_name":"firewall","availability_zone":"zone","event_timestamp":"1601074865","event":'
             '{"timestamp":"2020-09-25T23:01:05.598481+0000","flow_id":1111111111111111,"event_type":"alert",'
             '"src_ip":"10.16.197.56","src_port":49157,"dest_ip":"10.16.197.55","dest_port":8883,"proto":"TCP",'
             '"alert":{"action":"allowed","signature_id":2,"rev":0,"signature":"","category":"","severity":3}}}')

# https://learn.microsoft.com/azure/azure-monitor/essentials/activity-log-schema ("Schema from storage account and event hubs")
# (github.com/MicrosoftDocs/azure-docs articles/azure-monitor/essentials/activity-log-schema.md)
AZURE_ACTIVITY = r'''{
    "time": "2019-01-21T22:14:26.9792776Z",
    "resourceId": "/subscriptions/s1/resourceGroups/MSSupportGroup/providers/microsoft.support/supporttickets/115012112305841",
    "operationName": "microsoft.support/supporttickets/write","category": "Write","resultType": "Success","resultSignature": "Succeeded.Created",
    "durationMs": 2826,"callerIpAddress": "111.111.111.11","correlationId": "c776f9f4-36e5-4e0e-809b-c9b3c3fb62a8",
    "identity": {"authorization": {"scope": "/subscriptions/s1/resourceGroups/MSSupportGroup/providers/microsoft.support/supporttickets/115012112305841","action": "microsoft.support/supporttickets/write","evidence": {"role": "Subscription Admin"}},
        "claims": {"aud": "https://management.core.windows.net/","iss": "https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/","iat": "1421876371","nbf": "1421876371","exp": "1421880271","ver": "1.0",
            "http://schemas.microsoft.com/identity/claims/tenantid": "00000000-0000-0000-0000-000000000000",
            "http://schemas.microsoft.com/claims/authnmethodsreferences": "pwd",
            "http://schemas.microsoft.com/identity/claims/objectidentifier": "2468adf0-8211-44e3-95xq-85137af64708",
            "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn": "admin@contoso.com","puid": "20030000801A118C",
            "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/nameidentifier": "9vckmEGF7zDKk1YzIY8k0t1_EAPaXoeHyPRn6f413zM",
            "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname": "John","http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname": "Smith",
            "name": "John Smith","groups": "cacfe77c-e058-4712-83qw-f9b08849fd60,7f71d11d-4c41-4b23-99d2-d32ce7aa621c,31522864-0578-4ea0-9gdc-e66cc564d18c",
            "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name": " admin@contoso.com","appid": "c44b4083-3bq0-49c1-b47d-974e53cbdf3c","appidacr": "2",
            "http://schemas.microsoft.com/identity/claims/scope": "user_impersonation","http://schemas.microsoft.com/claims/authnclassreference": "1"}},
    "level": "Information","location": "global",
    "properties": {"statusCode": "Created","serviceRequestId": "50d5cddb-8ca0-47ad-9b80-6cde2207f97c"}
}'''

# https://learn.microsoft.com/azure/azure-monitor/essentials/resource-logs-blob-format : the two Key Vault AuditEvent lines,
# printed there byte for byte in the JSON Lines form ({"key": value,"key": value}); copied as they are.
AZURE_KEYVAULT_LINES = [
    '{"time": "2016-01-05T01:32:01.2691226Z","resourceId": "/SUBSCRIPTIONS/361DA5D4-A47A-4C79-AFDD-XXXXXXXXXXXX/RESOURCEGROUPS/CONTOSOGROUP/PROVIDERS/MICROSOFT.KEYVAULT/VAULTS/CONTOSOKEYVAULT","operationName": "VaultGet","operationVersion": "2015-06-01","category": "AuditEvent","resultType": "Success","resultSignature": "OK","resultDescription": "","durationMs": "78","callerIpAddress": "104.40.82.76","correlationId": "","identity": {"claim": {"http://schemas.microsoft.com/identity/claims/objectidentifier": "d9da5048-2737-4770-bd64-XXXXXXXXXXXX","http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn": "live.com#username@outlook.com","appid": "1950a258-227b-4e31-a9cf-XXXXXXXXXXXX"}},"properties": {"clientInfo": "azure-resource-manager/2.0","requestUri": "https://control-prod-wus.vaultcore.azure.net/subscriptions/361da5d4-a47a-4c79-afdd-XXXXXXXXXXXX/resourcegroups/contosoresourcegroup/providers/Microsoft.KeyVault/vaults/contosokeyvault?api-version=2015-06-01","id": "https://contosokeyvault.vault.azure.net/","httpStatusCode": 200}}',
    '{"time": "2016-01-05T01:33:56.5264523Z","resourceId": "/SUBSCRIPTIONS/361DA5D4-A47A-4C79-AFDD-XXXXXXXXXXXX/RESOURCEGROUPS/CONTOSOGROUP/PROVIDERS/MICROSOFT.KEYVAULT/VAULTS/CONTOSOKEYVAULT","operationName": "VaultGet","operationVersion": "2015-06-01","category": "AuditEvent","resultType": "Success","resultSignature": "OK","resultDescription": "","durationMs": "83","callerIpAddress": "104.40.82.76","correlationId": "","identity": {"claim": {"http://schemas.microsoft.com/identity/claims/objectidentifier": "d9da5048-2737-4770-bd64-XXXXXXXXXXXX","http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn": "live.com#username@outlook.com","appid": "1950a258-227b-4e31-a9cf-XXXXXXXXXXXX"}},"properties": {"clientInfo": "azure-resource-manager/2.0","requestUri": "https://control-prod-wus.vaultcore.azure.net/subscriptions/361da5d4-a47a-4c79-afdd-XXXXXXXXXXXX/resourcegroups/contosoresourcegroup/providers/Microsoft.KeyVault/vaults/contosokeyvault?api-version=2015-06-01","id": "https://contosokeyvault.vault.azure.net/","httpStatusCode": 200}}',
]

# https://learn.microsoft.com/azure/network-watcher/nsg-flow-logs-overview ("Version 2" sample)
NSG_V2 = r'''[{
    "time": "2018-11-13T12:00:35.3899262Z","systemId": "66aa66aa-bb77-cc88-dd99-00ee00ee00ee","category": "NetworkSecurityGroupFlowEvent",
    "resourceId": "/SUBSCRIPTIONS/aaaa0a0a-bb1b-cc2c-dd3d-eeeeee4e4e4e/RESOURCEGROUPS/FABRIKAMRG/PROVIDERS/MICROSOFT.NETWORK/NETWORKSECURITYGROUPS/FABRIAKMVM1-NSG",
    "operationName": "NetworkSecurityGroupFlowEvents",
    "properties": {"Version": 2,"flows": [
        {"rule": "DefaultRule_DenyAllInBound","flows": [{"mac": "000D3AF87856","flowTuples": ["1542110402,192.0.2.190,10.5.16.4,28746,443,U,I,D,B,,,,","1542110424,203.0.113.10,10.5.16.4,56509,59336,T,I,D,B,,,,","1542110432,198.51.100.8,10.5.16.4,48495,8088,T,I,D,B,,,,"]}]},
        {"rule": "DefaultRule_AllowInternetOutBound","flows": [{"mac": "000D3AF87856","flowTuples": ["1542110377,10.5.16.4,203.0.113.118,59831,443,T,O,A,B,,,,","1542110379,10.5.16.4,203.0.113.117,59932,443,T,O,A,E,1,66,1,66","1542110379,10.5.16.4,203.0.113.115,44931,443,T,O,A,C,30,16978,24,14008","1542110406,10.5.16.4,198.51.100.225,59929,443,T,O,A,E,15,8489,12,7054"]}]}]}
},{
    "time": "2018-11-13T12:01:35.3918317Z","systemId": "66aa66aa-bb77-cc88-dd99-00ee00ee00ee","category": "NetworkSecurityGroupFlowEvent",
    "resourceId": "/SUBSCRIPTIONS/aaaa0a0a-bb1b-cc2c-dd3d-eeeeee4e4e4e/RESOURCEGROUPS/FABRIKAMRG/PROVIDERS/MICROSOFT.NETWORK/NETWORKSECURITYGROUPS/FABRIAKMVM1-NSG",
    "operationName": "NetworkSecurityGroupFlowEvents",
    "properties": {"Version": 2,"flows": [
        {"rule": "DefaultRule_DenyAllInBound","flows": [{"mac": "000D3AF87856","flowTuples": ["1542110437,125.64.94.197,10.5.16.4,59752,18264,T,I,D,B,,,,","1542110475,80.211.72.221,10.5.16.4,37433,8088,T,I,D,B,,,,","1542110487,46.101.199.124,10.5.16.4,60577,8088,T,I,D,B,,,,","1542110490,176.119.4.30,10.5.16.4,57067,52801,T,I,D,B,,,,"]}]}]}
}]'''

# https://learn.microsoft.com/azure/network-watcher/vnet-flow-logs-overview ("Sample log record")
VNET = r'''{
    "time": "2022-09-14T09:00:52.5625085Z","flowLogVersion": 4,"flowLogGUID": "abcdef01-2345-6789-0abc-def012345678","macAddress": "00224871C205",
    "category": "FlowLogFlowEvent",
    "flowLogResourceID": "/SUBSCRIPTIONS/00000000-0000-0000-0000-000000000000/RESOURCEGROUPS/NETWORKWATCHERRG/PROVIDERS/MICROSOFT.NETWORK/NETWORKWATCHERS/NETWORKWATCHER_EASTUS2EUAP/FLOWLOGS/VNETFLOWLOG",
    "targetResourceID": "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/myResourceGroup/providers/Microsoft.Network/virtualNetworks/myVNet",
    "operationName": "FlowLogFlowEvent",
    "flowRecords": {"flows": [
        {"aclID": "00000000-1234-abcd-ef00-c1c2c3c4c5c6","flowGroups": [{"rule": "DefaultRule_AllowInternetOutBound","flowTuples": [
            "1663146003599,10.0.0.6,52.239.184.180,23956,443,6,O,B,NX,0,0,0,0","1663146003606,10.0.0.6,52.239.184.180,23956,443,6,O,E,NX,3,767,2,1580",
            "1663146003637,10.0.0.6,40.74.146.17,22730,443,6,O,B,NX,0,0,0,0","1663146003640,10.0.0.6,40.74.146.17,22730,443,6,O,E,NX,3,705,4,4569",
            "1663146004251,10.0.0.6,40.74.146.17,22732,443,6,O,B,NX,0,0,0,0","1663146004251,10.0.0.6,40.74.146.17,22732,443,6,O,E,NX,3,705,4,4569",
            "1663146004622,10.0.0.6,40.74.146.17,22734,443,6,O,B,NX,0,0,0,0","1663146004622,10.0.0.6,40.74.146.17,22734,443,6,O,E,NX,2,134,1,108",
            "1663146017343,10.0.0.6,104.16.218.84,36776,443,6,O,B,NX,0,0,0,0","1663146022793,10.0.0.6,104.16.218.84,36776,443,6,O,E,NX,22,2217,33,32466"]}]},
        {"aclID": "01020304-abcd-ef00-1234-102030405060","flowGroups": [
            {"rule": "BlockHighRiskTCPPortsFromInternet","flowTuples": ["1663145998065,101.33.218.153,10.0.0.6,55188,22,6,I,D,NX,0,0,0,0","1663146005503,192.241.200.164,10.0.0.6,35276,119,6,I,D,NX,0,0,0,0"]},
            {"rule": "Internet","flowTuples": ["1663145989563,20.106.221.10,10.0.0.6,50557,44357,6,I,D,NX,0,0,0,0","1663145989679,20.55.117.81,10.0.0.6,62797,35945,6,I,D,NX,0,0,0,0",
                "1663145989709,20.55.113.5,10.0.0.6,51961,65515,6,I,D,NX,0,0,0,0","1663145990049,13.65.224.51,10.0.0.6,40497,40129,6,I,D,NX,0,0,0,0",
                "1663145990145,20.55.117.81,10.0.0.6,62797,30472,6,I,D,NX,0,0,0,0","1663145990175,20.55.113.5,10.0.0.6,51961,28184,6,I,D,NX,0,0,0,0",
                "1663146015545,20.106.221.10,10.0.0.6,50557,31244,6,I,D,NX,0,0,0,0"]}]}]}
}'''

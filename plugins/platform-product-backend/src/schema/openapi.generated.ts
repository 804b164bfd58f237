// This file is generated from openapi.yaml by `yarn generate-openapi` (scripts/generate-openapi.mjs).
// Do not edit it: change openapi.yaml and run the script. src/schema/openapi.test.ts fails when the
// two differ.

import { createValidatedOpenApiRouter } from '@backstage/backend-openapi-utils';

/**
 * The plugin's OpenAPI specification, as a constant so that request and response types are
 * inferred from it.
 *
 * @internal
 */
// prettier-ignore
export const spec = {
  "openapi": "3.1.0",
  "info": {
    "title": "platform-product",
    "version": "1.0.0",
    "description": "The Platform Product backend: metric ingest, platform scorecards, SLO status, adoption, and the platforms an entity relies on. This file is the source of truth; `yarn generate-openapi` turns it into src/schema/openapi.generated.ts, and a test fails when the two drift apart. Before this contract is checked, every request is refused with a 400 when its body nests arrays and objects more than 32 levels deep, or when any text of its body, query or path parameters holds a control character other than tab, line feed and carriage return (docs/api.md, \"What every request may hold\"); bodies are at most 2 MB (413).",
    "license": {
      "name": "Apache-2.0"
    }
  },
  "servers": [
    {
      "url": "/"
    }
  ],
  "components": {
    "parameters": {
      "kind": {
        "name": "kind",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1
        }
      },
      "namespace": {
        "name": "namespace",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1
        }
      },
      "name": {
        "name": "name",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1
        }
      },
      "roundId": {
        "name": "roundId",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1
        }
      },
      "from": {
        "name": "from",
        "in": "query",
        "required": false,
        "description": "First day of the history, YYYY-MM-DD (default 30 days before `to`).",
        "schema": {
          "type": "string",
          "pattern": "^\\d{4}-\\d{2}-\\d{2}$"
        }
      },
      "to": {
        "name": "to",
        "in": "query",
        "required": false,
        "description": "Last day of the history, YYYY-MM-DD (default today, UTC).",
        "schema": {
          "type": "string",
          "pattern": "^\\d{4}-\\d{2}-\\d{2}$"
        }
      },
      "ifMatch": {
        "name": "If-Match",
        "in": "header",
        "required": false,
        "description": "The ETag of the version read (\"3\"), so that a change made meanwhile is not overwritten: a stale one gets a 409. Clients written before If-Match may send the version in the body (writes) or as the version query parameter (deletes) instead.",
        "schema": {
          "type": "string",
          "maxLength": 64
        }
      },
      "versionQuery": {
        "name": "version",
        "in": "query",
        "required": false,
        "description": "The version read, when If-Match is not sent; a stale one is a 409.",
        "schema": {
          "type": "integer",
          "minimum": 0,
          "maximum": 9007199254740991
        }
      },
      "objectiveId": {
        "name": "objectiveId",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 64
        }
      },
      "keyResultId": {
        "name": "keyResultId",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 64
        }
      },
      "announcementId": {
        "name": "announcementId",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 64
        }
      },
      "portfolioAsOf": {
        "name": "asOf",
        "in": "query",
        "required": false,
        "description": "The day (YYYY-MM-DD, UTC) the view is as of; default today.",
        "schema": {
          "type": "string",
          "pattern": "^\\d{4}-\\d{2}-\\d{2}$"
        }
      },
      "portfolioCategory": {
        "name": "category",
        "in": "query",
        "required": false,
        "description": "Only platforms of these categories (repeat the parameter for several).",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      "portfolioOwner": {
        "name": "owner",
        "in": "query",
        "required": false,
        "allowReserved": true,
        "description": "Only platforms owned by these groups (repeat for several).",
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      "portfolioOrg": {
        "name": "org",
        "in": "query",
        "required": false,
        "allowReserved": true,
        "description": "Adoption among this org's teams, and its subtree in the heat map.",
        "schema": {
          "type": "string"
        }
      },
      "portfolioSort": {
        "name": "sort",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "title",
            "category",
            "owner",
            "adoption",
            "adoptionChange30",
            "adoptionChange90",
            "services",
            "nps",
            "reliability",
            "supportTickets",
            "deprecationDebt",
            "objectives",
            "capacity",
            "costPerService"
          ]
        }
      },
      "portfolioOrder": {
        "name": "order",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "enum": [
            "asc",
            "desc"
          ]
        }
      }
    },
    "schemas": {
      "Error": {
        "type": "object",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "type": "object",
            "required": [
              "name",
              "message"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "message": {
                "type": "string"
              }
            }
          }
        },
        "additionalProperties": true
      },
      "MetricPoint": {
        "type": "object",
        "required": [
          "entityRef",
          "metric",
          "timestamp",
          "value"
        ],
        "additionalProperties": false,
        "properties": {
          "entityRef": {
            "type": "string",
            "description": "The catalog entity the point belongs to, e.g. system:default/deploy-platform."
          },
          "metric": {
            "type": "string",
            "description": "A metric name: an SLI named by one of the entity's SLOs, or a well-known metric (deployments, lead_time_hours, change_failures, incidents, time_to_recover_minutes, support_tickets, active_users, cost, time_to_first_deployment_hours)."
          },
          "timestamp": {
            "type": "string",
            "format": "date-time"
          },
          "value": {
            "type": "number",
            "description": "From 0 to 1e15 (checked by the handler, whose message names the point). For counts (SLI events, deployments, tickets, cost), the events in the interval the point stands for; for gauges, the measured value."
          },
          "labels": {
            "type": "object",
            "description": "At most 20 labels, names of at most 64 characters, values of at most 256 (checked by the handler, whose message names the point).",
            "additionalProperties": {
              "type": "string"
            }
          }
        }
      },
      "MetricBatch": {
        "type": "object",
        "required": [
          "points"
        ],
        "additionalProperties": false,
        "properties": {
          "points": {
            "type": "array",
            "minItems": 1,
            "maxItems": 5000,
            "items": {
              "$ref": "#/components/schemas/MetricPoint"
            }
          }
        }
      },
      "IngestResult": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "received",
          "entities"
        ],
        "properties": {
          "received": {
            "type": "integer"
          },
          "entities": {
            "type": "integer"
          }
        }
      },
      "SloHealth": {
        "type": "string",
        "enum": [
          "healthy",
          "at-risk",
          "breached",
          "no-data"
        ]
      },
      "KpiStatus": {
        "type": "string",
        "enum": [
          "met",
          "at-risk",
          "missed",
          "no-data"
        ]
      },
      "AdoptionStage": {
        "type": "string",
        "enum": [
          "innovators",
          "early-adopters",
          "early-majority",
          "late-majority",
          "laggards"
        ]
      },
      "ErrorBudget": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "allowedBad",
          "bad",
          "consumed",
          "remaining"
        ],
        "properties": {
          "allowedBad": {
            "type": "number"
          },
          "bad": {
            "type": "number"
          },
          "consumed": {
            "type": "number"
          },
          "remaining": {
            "type": "number"
          }
        }
      },
      "BurnRate": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "severity",
          "longWindow",
          "shortWindow",
          "threshold",
          "budgetSpent",
          "longBurnRate",
          "shortBurnRate",
          "firing"
        ],
        "properties": {
          "severity": {
            "type": "string",
            "enum": [
              "page",
              "ticket"
            ]
          },
          "longWindow": {
            "type": "string"
          },
          "shortWindow": {
            "type": "string"
          },
          "threshold": {
            "type": "number"
          },
          "budgetSpent": {
            "type": "number"
          },
          "longBurnRate": {
            "type": [
              "number",
              "null"
            ]
          },
          "shortBurnRate": {
            "type": [
              "number",
              "null"
            ]
          },
          "firing": {
            "type": "boolean"
          }
        }
      },
      "SloStatus": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "name",
          "displayName",
          "target",
          "window",
          "budgetingMethod",
          "attainment",
          "budget",
          "health",
          "alertState",
          "burnRates",
          "allowance",
          "lastPointAt"
        ],
        "properties": {
          "name": {
            "type": "string"
          },
          "displayName": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "target": {
            "type": "number"
          },
          "window": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "duration",
              "isRolling",
              "from",
              "to"
            ],
            "properties": {
              "duration": {
                "type": "string"
              },
              "isRolling": {
                "type": "boolean"
              },
              "from": {
                "type": "string",
                "format": "date-time"
              },
              "to": {
                "type": "string",
                "format": "date-time"
              }
            }
          },
          "budgetingMethod": {
            "type": "string",
            "enum": [
              "Occurrences",
              "Timeslices"
            ]
          },
          "attainment": {
            "type": [
              "number",
              "null"
            ],
            "description": "Good events (or good slices) over all of them in the window."
          },
          "budget": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/ErrorBudget"
              },
              {
                "type": "null"
              }
            ]
          },
          "health": {
            "$ref": "#/components/schemas/SloHealth"
          },
          "alertState": {
            "type": "string",
            "enum": [
              "ok",
              "ticket",
              "page",
              "no-data"
            ]
          },
          "burnRates": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/BurnRate"
            }
          },
          "allowance": {
            "type": "object",
            "additionalProperties": false,
            "description": "What the rest of the window still allows before the objective is missed.",
            "required": [
              "badEventsRemaining",
              "downtimeRemainingMs"
            ],
            "properties": {
              "badEventsRemaining": {
                "type": [
                  "number",
                  "null"
                ]
              },
              "downtimeRemainingMs": {
                "type": [
                  "number",
                  "null"
                ]
              }
            }
          },
          "lastPointAt": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          }
        }
      },
      "SloReport": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "entityRef",
          "health",
          "items"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "health": {
            "$ref": "#/components/schemas/SloHealth"
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SloStatus"
            }
          }
        }
      },
      "TeamAdoption": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "adopting",
          "audience",
          "ratio",
          "stage",
          "adoptingRefs",
          "nonAdoptingRefs"
        ],
        "properties": {
          "adopting": {
            "type": "integer"
          },
          "audience": {
            "type": "integer"
          },
          "ratio": {
            "type": [
              "number",
              "null"
            ]
          },
          "stage": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/AdoptionStage"
              },
              {
                "type": "null"
              }
            ]
          },
          "adoptingRefs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "nonAdoptingRefs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "AdoptionTrendPoint": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "day",
          "adoptingTeams",
          "audienceTeams",
          "ratio",
          "adoptingServices",
          "totalServices",
          "source"
        ],
        "properties": {
          "day": {
            "type": "string"
          },
          "adoptingTeams": {
            "type": "integer"
          },
          "audienceTeams": {
            "type": "integer"
          },
          "ratio": {
            "type": [
              "number",
              "null"
            ]
          },
          "adoptingServices": {
            "type": [
              "number",
              "null"
            ],
            "description": "Null for an imported figure, which counts teams only."
          },
          "totalServices": {
            "type": [
              "number",
              "null"
            ]
          },
          "source": {
            "$ref": "#/components/schemas/SnapshotSource"
          }
        }
      },
      "AdoptionReport": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "entityRef",
          "teams",
          "services",
          "byPersona",
          "byOrg",
          "trend",
          "capacityUnlockedHoursPerMonth",
          "computedAt"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "teams": {
            "$ref": "#/components/schemas/TeamAdoption"
          },
          "services": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "adopting",
              "total",
              "ratio"
            ],
            "properties": {
              "adopting": {
                "type": "integer"
              },
              "total": {
                "type": "integer"
              },
              "ratio": {
                "type": [
                  "number",
                  "null"
                ]
              }
            }
          },
          "byPersona": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "personaRef",
                "found",
                "teams"
              ],
              "properties": {
                "personaRef": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "found": {
                  "type": "boolean"
                },
                "teams": {
                  "$ref": "#/components/schemas/TeamAdoption"
                }
              }
            }
          },
          "byOrg": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "orgRef",
                "teams"
              ],
              "properties": {
                "orgRef": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "teams": {
                  "$ref": "#/components/schemas/TeamAdoption"
                }
              }
            }
          },
          "trend": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AdoptionTrendPoint"
            }
          },
          "capacityUnlockedHoursPerMonth": {
            "type": [
              "number",
              "null"
            ]
          },
          "computedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "ScorecardKpi": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "kpi",
          "title",
          "unit",
          "direction",
          "value",
          "target",
          "status",
          "history"
        ],
        "properties": {
          "kpi": {
            "type": "string",
            "enum": [
              "adoption",
              "nps",
              "availability",
              "timeToFirstDeployment",
              "deploymentFrequency",
              "changeFailureRate",
              "mttr",
              "supportTickets",
              "cost"
            ]
          },
          "title": {
            "type": "string"
          },
          "unit": {
            "type": "string"
          },
          "direction": {
            "type": "string",
            "enum": [
              "at-least",
              "at-most"
            ]
          },
          "value": {
            "type": [
              "number",
              "null"
            ]
          },
          "target": {
            "type": "number"
          },
          "status": {
            "$ref": "#/components/schemas/KpiStatus"
          },
          "history": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "day",
                "value",
                "status"
              ],
              "properties": {
                "day": {
                  "type": "string"
                },
                "value": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "status": {
                  "$ref": "#/components/schemas/KpiStatus"
                }
              }
            }
          }
        }
      },
      "Scorecard": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "entityRef",
          "from",
          "to",
          "kpis",
          "capacityUnlockedHoursPerMonth",
          "computedAt"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "from": {
            "type": "string"
          },
          "to": {
            "type": "string"
          },
          "kpis": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ScorecardKpi"
            }
          },
          "capacityUnlockedHoursPerMonth": {
            "type": [
              "number",
              "null"
            ]
          },
          "deprecationDebt": {
            "$ref": "#/components/schemas/DeprecationDebt"
          },
          "computedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "PlatformSummary": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "entityRef",
          "title",
          "category",
          "ownerRefs",
          "personaRefs",
          "adoption",
          "sloHealth"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "category": {
            "type": "string"
          },
          "ownerRefs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "personaRefs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "adoption": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "adopting",
              "audience",
              "ratio",
              "stage"
            ],
            "properties": {
              "adopting": {
                "type": "integer"
              },
              "audience": {
                "type": "integer"
              },
              "ratio": {
                "type": [
                  "number",
                  "null"
                ]
              },
              "stage": {
                "anyOf": [
                  {
                    "$ref": "#/components/schemas/AdoptionStage"
                  },
                  {
                    "type": "null"
                  }
                ]
              }
            }
          },
          "sloHealth": {
            "$ref": "#/components/schemas/SloHealth"
          }
        }
      },
      "PlatformList": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PlatformSummary"
            }
          }
        }
      },
      "PlatformUsage": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "platformRef",
          "title",
          "category",
          "via",
          "health",
          "slos",
          "support",
          "links"
        ],
        "properties": {
          "platformRef": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "category": {
            "type": "string"
          },
          "via": {
            "type": "array",
            "description": "The entities through which the entity relies on the platform (itself or its system) and the platform parts they use.",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "consumerRef",
                "partRefs"
              ],
              "properties": {
                "consumerRef": {
                  "type": "string"
                },
                "partRefs": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "health": {
            "$ref": "#/components/schemas/SloHealth"
          },
          "slos": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "name",
                "displayName",
                "target",
                "attainment",
                "budgetRemaining",
                "health"
              ],
              "properties": {
                "name": {
                  "type": "string"
                },
                "displayName": {
                  "type": "string"
                },
                "target": {
                  "type": "number"
                },
                "attainment": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "budgetRemaining": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "health": {
                  "$ref": "#/components/schemas/SloHealth"
                }
              }
            }
          },
          "support": {
            "type": [
              "object",
              "null"
            ],
            "additionalProperties": false,
            "required": [
              "channel"
            ],
            "properties": {
              "channel": {
                "type": "string"
              },
              "url": {
                "type": "string"
              },
              "hours": {
                "type": "string"
              },
              "responseTimes": {
                "type": "object",
                "additionalProperties": {
                  "type": "string"
                }
              },
              "availabilityCommitment": {
                "type": "number"
              }
            }
          },
          "links": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "title",
                "url"
              ],
              "properties": {
                "title": {
                  "type": "string"
                },
                "url": {
                  "type": "string"
                },
                "type": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "EntityPlatforms": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "entityRef",
          "items"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PlatformUsage"
            }
          }
        }
      },
      "SurveyRound": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "platformRef",
          "title",
          "question",
          "startsAt",
          "endsAt",
          "closedAt",
          "createdBy",
          "createdAt",
          "origin"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "platformRef": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "question": {
            "type": [
              "string",
              "null"
            ]
          },
          "startsAt": {
            "type": "string",
            "format": "date-time"
          },
          "endsAt": {
            "type": "string",
            "format": "date-time"
          },
          "closedAt": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "createdBy": {
            "type": "string"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "origin": {
            "type": "string",
            "enum": [
              "manual",
              "cadence"
            ]
          }
        }
      },
      "SurveyRoundInput": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "startsAt",
          "endsAt"
        ],
        "properties": {
          "title": {
            "type": "string",
            "description": "At most 200 characters; by default the round's dates."
          },
          "question": {
            "type": "string",
            "description": "An optional extra free-text question, e.g. \"What is the biggest pain point?\" (at most 200 characters)."
          },
          "startsAt": {
            "type": "string",
            "description": "ISO 8601 time with a time zone; may be in the past."
          },
          "endsAt": {
            "type": "string",
            "description": "ISO 8601 time with a time zone; after startsAt and in the future."
          }
        }
      },
      "SurveyAnswerInput": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "score"
        ],
        "properties": {
          "score": {
            "type": "integer",
            "minimum": 0,
            "maximum": 10,
            "description": "How likely the user is to recommend the platform to a colleague, from 0 to 10."
          },
          "comment": {
            "type": "string",
            "description": "Optional free text, at most 2000 characters, stored and shown as text."
          },
          "signed": {
            "type": "boolean",
            "description": "Show the respondent's name to the owners with the comment (default false)."
          }
        }
      },
      "SurveySnoozeInput": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "days"
        ],
        "properties": {
          "days": {
            "type": "integer",
            "minimum": 1,
            "maximum": 90,
            "description": "Whole days from 1 to 90."
          }
        }
      },
      "SurveySegmentResult": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "ref",
          "n",
          "promoters",
          "passives",
          "detractors",
          "nps",
          "marginOfError95",
          "readable"
        ],
        "properties": {
          "ref": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "n": {
            "type": "integer"
          },
          "promoters": {
            "type": "integer"
          },
          "passives": {
            "type": "integer"
          },
          "detractors": {
            "type": "integer"
          },
          "nps": {
            "type": [
              "number",
              "null"
            ]
          },
          "marginOfError95": {
            "type": [
              "number",
              "null"
            ]
          },
          "readable": {
            "type": "boolean"
          },
          "tooFewToShow": {
            "type": "boolean",
            "enum": [
              false
            ]
          }
        }
      },
      "SurveySegmentTooFewToShow": {
        "type": "object",
        "description": "A persona or org that fewer than SURVEY_MIN_SEGMENT_RESPONSES (5) people answered, as a caller without platform-product.feedback.read sees it: which segment, and no counts.",
        "additionalProperties": false,
        "required": [
          "ref",
          "tooFewToShow"
        ],
        "properties": {
          "ref": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "tooFewToShow": {
            "type": "boolean",
            "enum": [
              true
            ]
          }
        }
      },
      "SurveySegment": {
        "oneOf": [
          {
            "$ref": "#/components/schemas/SurveySegmentResult"
          },
          {
            "$ref": "#/components/schemas/SurveySegmentTooFewToShow"
          }
        ]
      },
      "SurveyRoundResult": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "n",
          "promoters",
          "passives",
          "detractors",
          "nps",
          "marginOfError95",
          "readable",
          "tooFewToRead",
          "distribution",
          "responseRate",
          "byPersona",
          "byOrg"
        ],
        "properties": {
          "n": {
            "type": "integer"
          },
          "promoters": {
            "type": "integer"
          },
          "passives": {
            "type": "integer"
          },
          "detractors": {
            "type": "integer"
          },
          "nps": {
            "type": [
              "number",
              "null"
            ]
          },
          "marginOfError95": {
            "type": [
              "number",
              "null"
            ]
          },
          "readable": {
            "type": "boolean"
          },
          "tooFewToRead": {
            "type": "boolean"
          },
          "distribution": {
            "type": "array",
            "minItems": 11,
            "maxItems": 11,
            "items": {
              "type": "integer"
            }
          },
          "responseRate": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "responses",
              "people",
              "ratio"
            ],
            "properties": {
              "responses": {
                "type": "integer"
              },
              "people": {
                "type": "integer"
              },
              "ratio": {
                "type": [
                  "number",
                  "null"
                ]
              }
            }
          },
          "byPersona": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SurveySegment"
            }
          },
          "byOrg": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SurveySegment"
            }
          }
        }
      },
      "SurveyResults": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "platformRef",
          "canReadFeedback",
          "rounds",
          "trend"
        ],
        "properties": {
          "platformRef": {
            "type": "string"
          },
          "canReadFeedback": {
            "type": "boolean"
          },
          "rounds": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "round",
                "result"
              ],
              "properties": {
                "round": {
                  "$ref": "#/components/schemas/SurveyRound"
                },
                "result": {
                  "anyOf": [
                    {
                      "$ref": "#/components/schemas/SurveyRoundResult"
                    },
                    {
                      "type": "null"
                    }
                  ]
                }
              }
            }
          },
          "trend": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "roundId",
                "title",
                "closedAt",
                "nps",
                "n",
                "marginOfError95"
              ],
              "properties": {
                "roundId": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "closedAt": {
                  "type": "string",
                  "format": "date-time"
                },
                "nps": {
                  "type": [
                    "number",
                    "null"
                  ]
                },
                "n": {
                  "type": "integer"
                },
                "marginOfError95": {
                  "type": [
                    "number",
                    "null"
                  ]
                }
              }
            }
          }
        }
      },
      "SurveyComments": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "roundId",
          "items"
        ],
        "properties": {
          "roundId": {
            "type": "string"
          },
          "items": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "commentId",
                "score",
                "comment",
                "teamRefs",
                "personaRefs",
                "signedBy",
                "answeredAt"
              ],
              "properties": {
                "commentId": {
                  "type": "string",
                  "description": "Names the comment without naming the respondent; send it to link the comment to a roadmap item."
                },
                "score": {
                  "type": "integer"
                },
                "comment": {
                  "type": "string"
                },
                "teamRefs": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                },
                "personaRefs": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                },
                "signedBy": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "answeredAt": {
                  "type": "string",
                  "format": "date-time"
                }
              }
            }
          }
        }
      },
      "SurveyPromptAnswer": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "prompt"
        ],
        "properties": {
          "prompt": {
            "anyOf": [
              {
                "type": "null"
              },
              {
                "$ref": "#/components/schemas/SurveyPrompt"
              }
            ]
          }
        }
      },
      "SurveyPrompt": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "roundId",
          "platformRef",
          "platformTitle",
          "title",
          "question",
          "endsAt"
        ],
        "properties": {
          "roundId": {
            "type": "string"
          },
          "platformRef": {
            "type": "string"
          },
          "platformTitle": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "question": {
            "type": [
              "string",
              "null"
            ]
          },
          "endsAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "DeprecationExceptionCounts": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "requested",
          "approved",
          "denied",
          "expired"
        ],
        "properties": {
          "requested": {
            "type": "integer"
          },
          "approved": {
            "type": "integer"
          },
          "denied": {
            "type": "integer"
          },
          "expired": {
            "type": "integer"
          }
        }
      },
      "DeprecationTrendPoint": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "day",
          "consumers",
          "violations",
          "activeExceptions"
        ],
        "properties": {
          "day": {
            "type": "string"
          },
          "consumers": {
            "type": "integer"
          },
          "violations": {
            "type": "integer"
          },
          "activeExceptions": {
            "type": "integer"
          }
        }
      },
      "DeprecationSummary": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "entityRef",
          "title",
          "ownerRefs",
          "announced",
          "sunset",
          "reason",
          "replacedBy",
          "replacementFound",
          "migrationGuide",
          "phase",
          "daysToSunset",
          "consumers",
          "consumerTeams",
          "violations",
          "exceptions",
          "warnings",
          "trend"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "ownerRefs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "announced": {
            "type": "string"
          },
          "sunset": {
            "type": "string"
          },
          "reason": {
            "type": "string"
          },
          "replacedBy": {
            "type": [
              "string",
              "null"
            ]
          },
          "replacementFound": {
            "type": [
              "boolean",
              "null"
            ]
          },
          "migrationGuide": {
            "type": [
              "string",
              "null"
            ]
          },
          "phase": {
            "type": "string",
            "enum": [
              "scheduled",
              "announced",
              "sunset-passed"
            ]
          },
          "daysToSunset": {
            "type": "integer"
          },
          "consumers": {
            "type": "integer"
          },
          "consumerTeams": {
            "type": "integer"
          },
          "violations": {
            "type": "integer"
          },
          "exceptions": {
            "$ref": "#/components/schemas/DeprecationExceptionCounts"
          },
          "warnings": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "trend": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/DeprecationTrendPoint"
            }
          }
        }
      },
      "DeprecationException": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "deprecationRef",
          "consumerRef",
          "consumerOwnerRefs",
          "reason",
          "requestedEnd",
          "status",
          "state",
          "requestedBy",
          "requestedAt",
          "decidedBy",
          "decidedAt",
          "decisionReason",
          "consumerInCatalog"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "deprecationRef": {
            "type": "string"
          },
          "consumerRef": {
            "type": "string"
          },
          "consumerOwnerRefs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "reason": {
            "type": "string"
          },
          "requestedEnd": {
            "type": "string"
          },
          "status": {
            "type": "string",
            "enum": [
              "requested",
              "approved",
              "denied"
            ]
          },
          "state": {
            "type": "string",
            "enum": [
              "requested",
              "approved",
              "denied",
              "expired"
            ]
          },
          "requestedBy": {
            "type": "string"
          },
          "requestedAt": {
            "type": "string",
            "format": "date-time"
          },
          "decidedBy": {
            "type": [
              "string",
              "null"
            ]
          },
          "decidedAt": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time"
          },
          "decisionReason": {
            "type": [
              "string",
              "null"
            ]
          },
          "consumerInCatalog": {
            "type": "boolean"
          }
        }
      },
      "DeprecationConsumerStatus": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "entityRef",
          "title",
          "ownerRefs",
          "via",
          "exception",
          "inViolation"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "title": {
            "type": [
              "string",
              "null"
            ]
          },
          "ownerRefs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "via": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "exception": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/DeprecationException"
              },
              {
                "type": "null"
              }
            ]
          },
          "inViolation": {
            "type": "boolean"
          }
        }
      },
      "DeprecationDetail": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "deprecation",
          "byTeam",
          "exceptionHistory"
        ],
        "properties": {
          "deprecation": {
            "$ref": "#/components/schemas/DeprecationSummary"
          },
          "byTeam": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "ownerRef",
                "title",
                "consumers"
              ],
              "properties": {
                "ownerRef": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "title": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "consumers": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/DeprecationConsumerStatus"
                  }
                }
              }
            }
          },
          "exceptionHistory": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/DeprecationException"
            }
          }
        }
      },
      "DeprecationList": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/DeprecationSummary"
            }
          }
        }
      },
      "EntityDeprecations": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "entityRef",
          "items"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/EntityDeprecation"
            }
          }
        }
      },
      "EntityDeprecation": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "deprecation",
          "consumer"
        ],
        "properties": {
          "deprecation": {
            "$ref": "#/components/schemas/DeprecationSummary"
          },
          "consumer": {
            "$ref": "#/components/schemas/DeprecationConsumerStatus"
          }
        }
      },
      "DeprecationExceptionRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "consumerRef",
          "reason",
          "requestedEnd"
        ],
        "properties": {
          "consumerRef": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          },
          "reason": {
            "type": "string",
            "minLength": 1,
            "maxLength": 2000
          },
          "requestedEnd": {
            "type": "string",
            "pattern": "^\\d{4}-\\d{2}-\\d{2}$",
            "description": "The last day the exception covers, YYYY-MM-DD."
          }
        }
      },
      "DeprecationExceptionDecision": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "decision",
          "reason"
        ],
        "properties": {
          "decision": {
            "type": "string",
            "enum": [
              "approved",
              "denied"
            ]
          },
          "reason": {
            "type": "string",
            "minLength": 1,
            "maxLength": 2000
          }
        }
      },
      "DeprecationAudit": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "exceptionId",
                "actor",
                "at",
                "action",
                "details"
              ],
              "properties": {
                "exceptionId": {
                  "type": "string"
                },
                "actor": {
                  "type": "string"
                },
                "at": {
                  "type": "string",
                  "format": "date-time"
                },
                "action": {
                  "type": "string",
                  "enum": [
                    "requested",
                    "approved",
                    "denied"
                  ]
                },
                "details": {
                  "type": "object"
                }
              }
            }
          }
        }
      },
      "DeprecationDebt": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "deprecations",
          "consumers",
          "violations"
        ],
        "properties": {
          "deprecations": {
            "type": "integer"
          },
          "consumers": {
            "type": "integer"
          },
          "violations": {
            "type": "integer"
          }
        }
      },
      "KeyResultBinding": {
        "type": "object",
        "description": "The measured series a key result is bound to: {type: adoption}, {type: nps}, {type: slo-attainment, slo}, {type: metric, metric, aggregation (p50 | p95 | rate | sum | avg), window (e.g. 28d), labels?}, or {type: deprecation-consumers, deprecationRef} (the consumers still on a deprecated entity). See docs/objectives.md.",
        "additionalProperties": false,
        "required": [
          "type"
        ],
        "properties": {
          "type": {
            "type": "string"
          },
          "slo": {
            "type": "string"
          },
          "metric": {
            "type": "string"
          },
          "aggregation": {
            "type": "string"
          },
          "window": {
            "type": "string"
          },
          "labels": {
            "type": "object",
            "additionalProperties": {
              "type": "string"
            }
          },
          "deprecationRef": {
            "type": "string",
            "description": "The deprecated entity's ref (kind:namespace/name), for deprecation-consumers."
          }
        }
      },
      "KeyResultScopeInput": {
        "type": "object",
        "description": "Scopes a key result to a Group (a shared objective): it measures the group's slice of the catalog graph, the group and every group below it. Only with an adoption or deprecation-consumers binding. See docs/objectives.md#shared-objectives.",
        "additionalProperties": false,
        "required": [
          "groupRef"
        ],
        "properties": {
          "groupRef": {
            "type": "string",
            "description": "The Group's ref, e.g. group:default/commerce or commerce."
          }
        }
      },
      "KeyResultScope": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "groupRef",
          "title"
        ],
        "properties": {
          "groupRef": {
            "type": "string",
            "description": "Lower case, e.g. group:default/commerce."
          },
          "title": {
            "type": "string",
            "description": "The group's display name."
          }
        }
      },
      "KeyResultProgress": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "state"
        ],
        "properties": {
          "state": {
            "type": "string",
            "enum": [
              "no-data",
              "measured"
            ]
          },
          "value": {
            "type": "number"
          },
          "lastPointAt": {
            "type": "string"
          },
          "progress": {
            "type": "number"
          },
          "progressClamped": {
            "type": "number"
          },
          "reached": {
            "type": "boolean"
          },
          "regressed": {
            "type": "boolean"
          }
        }
      },
      "KeyResult": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "objectiveId",
          "title",
          "binding",
          "baseline",
          "target",
          "direction",
          "version",
          "progress"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "objectiveId": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "binding": {
            "$ref": "#/components/schemas/KeyResultBinding"
          },
          "scope": {
            "$ref": "#/components/schemas/KeyResultScope"
          },
          "baseline": {
            "type": "number"
          },
          "target": {
            "type": "number"
          },
          "direction": {
            "type": "string",
            "enum": [
              "increase",
              "decrease"
            ]
          },
          "version": {
            "type": "integer"
          },
          "progress": {
            "$ref": "#/components/schemas/KeyResultProgress"
          }
        }
      },
      "KeyResultInput": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "title",
          "binding",
          "baseline",
          "target",
          "direction"
        ],
        "properties": {
          "id": {
            "type": "string",
            "maxLength": 63,
            "description": "Optional on create (ignored when replacing); a stable slug such as deploy-kr-lead-time."
          },
          "title": {
            "type": "string"
          },
          "binding": {
            "$ref": "#/components/schemas/KeyResultBinding"
          },
          "scope": {
            "$ref": "#/components/schemas/KeyResultScopeInput"
          },
          "baseline": {
            "type": "number"
          },
          "target": {
            "type": "number"
          },
          "direction": {
            "type": "string",
            "description": "increase | decrease"
          },
          "version": {
            "type": "integer",
            "maximum": 9007199254740991,
            "description": "Required when replacing (or send If-Match); the version read, 0 or more."
          }
        }
      },
      "Objective": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "platformRef",
          "title",
          "category",
          "version",
          "createdAt",
          "updatedAt",
          "keyResults"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "platformRef": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "category": {
            "type": "string"
          },
          "period": {
            "type": "string"
          },
          "version": {
            "type": "integer"
          },
          "createdAt": {
            "type": "string"
          },
          "updatedAt": {
            "type": "string"
          },
          "keyResults": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/KeyResult"
            }
          }
        }
      },
      "ObjectiveInput": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "title",
          "category"
        ],
        "properties": {
          "id": {
            "type": "string",
            "maxLength": 63,
            "description": "Optional on create (ignored when replacing); a stable slug."
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "category": {
            "type": "string",
            "description": "engineering-velocity | platform-capability | operational-health | developer-satisfaction | cost-efficiency"
          },
          "period": {
            "type": "string"
          },
          "version": {
            "type": "integer",
            "maximum": 9007199254740991,
            "description": "Required when replacing (or send If-Match); the version read, 0 or more."
          }
        }
      },
      "ObjectiveList": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "platformRef",
          "items",
          "computedAt"
        ],
        "properties": {
          "platformRef": {
            "type": "string"
          },
          "computedAt": {
            "type": "string"
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Objective"
            }
          }
        }
      },
      "Announcement": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "platformRef",
          "kind",
          "title",
          "body",
          "timing",
          "relevant",
          "relevantUntil",
          "postedBy",
          "postedAt",
          "updatedAt",
          "version"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "platformRef": {
            "type": "string"
          },
          "platformTitle": {
            "type": "string",
            "description": "Only in the announcements of an entity's platforms."
          },
          "kind": {
            "type": "string",
            "enum": [
              "planned-change",
              "maintenance",
              "incident",
              "release",
              "deprecation-notice"
            ]
          },
          "title": {
            "type": "string"
          },
          "body": {
            "type": "string",
            "description": "Markdown without HTML scripts."
          },
          "startsAt": {
            "type": "string"
          },
          "endsAt": {
            "type": "string"
          },
          "timing": {
            "type": [
              "string",
              "null"
            ],
            "enum": [
              "ahead",
              "during",
              "after",
              null
            ]
          },
          "relevant": {
            "type": "boolean"
          },
          "relevantUntil": {
            "type": "string"
          },
          "postedBy": {
            "type": "string"
          },
          "postedAt": {
            "type": "string"
          },
          "updatedAt": {
            "type": "string"
          },
          "version": {
            "type": "integer"
          }
        }
      },
      "AnnouncementInput": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "kind",
          "title",
          "body"
        ],
        "properties": {
          "kind": {
            "type": "string",
            "description": "planned-change | maintenance | incident | release | deprecation-notice"
          },
          "title": {
            "type": "string"
          },
          "body": {
            "type": "string",
            "description": "Markdown without HTML scripts."
          },
          "startsAt": {
            "type": "string",
            "description": "ISO 8601, e.g. 2026-12-01T09:00:00Z"
          },
          "endsAt": {
            "type": "string",
            "description": "ISO 8601; after startsAt."
          },
          "version": {
            "type": "integer",
            "maximum": 9007199254740991,
            "description": "Required when editing (or send If-Match); the version read, 0 or more."
          }
        }
      },
      "AnnouncementList": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "platformRef",
          "items"
        ],
        "properties": {
          "platformRef": {
            "type": "string"
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Announcement"
            }
          }
        }
      },
      "EntityAnnouncements": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "entityRef",
          "items"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Announcement"
            }
          }
        }
      },
      "FollowState": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "platformRef",
          "following",
          "followers"
        ],
        "properties": {
          "platformRef": {
            "type": "string"
          },
          "following": {
            "type": "boolean"
          },
          "followers": {
            "type": "integer"
          }
        }
      },
      "RoadmapKeyResultLink": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "found"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "found": {
            "type": "boolean",
            "description": "false when the id is not (or no longer) a key result of the platform"
          },
          "objectiveId": {
            "type": "string"
          },
          "title": {
            "type": "string"
          }
        }
      },
      "RoadmapKeyResultMovement": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "keyResultId",
          "title",
          "since",
          "valueAtSince",
          "valueNow",
          "lastPointAt"
        ],
        "properties": {
          "keyResultId": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "since": {
            "type": "string"
          },
          "valueAtSince": {
            "type": [
              "number",
              "null"
            ]
          },
          "valueNow": {
            "type": [
              "number",
              "null"
            ]
          },
          "lastPointAt": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "RoadmapOutcomeReview": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "dueAt",
          "overdue",
          "outcome",
          "notes",
          "reviewedBy",
          "reviewedAt",
          "movement"
        ],
        "properties": {
          "dueAt": {
            "type": "string",
            "format": "date-time"
          },
          "overdue": {
            "type": "boolean"
          },
          "outcome": {
            "type": [
              "string",
              "null"
            ],
            "enum": [
              "held",
              "partly",
              "did-not-hold",
              null
            ]
          },
          "notes": {
            "type": [
              "string",
              "null"
            ]
          },
          "reviewedBy": {
            "type": [
              "string",
              "null"
            ]
          },
          "reviewedAt": {
            "type": [
              "string",
              "null"
            ]
          },
          "movement": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/RoadmapKeyResultMovement"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "RoadmapItem": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "platformRef",
          "horizon",
          "rank",
          "title",
          "problem",
          "hypothesis",
          "confidence",
          "status",
          "personas",
          "category",
          "keyResultId",
          "source",
          "fileId",
          "version",
          "createdBy",
          "createdAt",
          "updatedBy",
          "updatedAt",
          "shippedAt",
          "keyResult",
          "review",
          "evidence"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "platformRef": {
            "type": "string"
          },
          "horizon": {
            "type": "string",
            "enum": [
              "now",
              "next",
              "later"
            ]
          },
          "rank": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "problem": {
            "type": "string"
          },
          "hypothesis": {
            "type": "string"
          },
          "confidence": {
            "type": "string",
            "enum": [
              "low",
              "medium",
              "high"
            ]
          },
          "status": {
            "type": "string",
            "enum": [
              "exploring",
              "committed",
              "shipped",
              "dropped"
            ]
          },
          "personas": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "category": {
            "type": "string",
            "enum": [
              "new-capability",
              "reliability",
              "cost",
              "developer-experience",
              "unplanned"
            ]
          },
          "keyResultId": {
            "type": [
              "string",
              "null"
            ]
          },
          "source": {
            "type": "string",
            "enum": [
              "ui",
              "file"
            ]
          },
          "fileId": {
            "type": [
              "string",
              "null"
            ]
          },
          "version": {
            "type": "integer"
          },
          "createdBy": {
            "type": "string"
          },
          "createdAt": {
            "type": "string"
          },
          "updatedBy": {
            "type": "string"
          },
          "updatedAt": {
            "type": "string"
          },
          "shippedAt": {
            "type": [
              "string",
              "null"
            ]
          },
          "keyResult": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/RoadmapKeyResultLink"
              },
              {
                "type": "null"
              }
            ]
          },
          "review": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/RoadmapOutcomeReview"
              },
              {
                "type": "null"
              }
            ]
          },
          "evidence": {
            "$ref": "#/components/schemas/FeedbackEvidenceSummary"
          }
        }
      },
      "FeedbackEvidenceSummary": {
        "type": "object",
        "additionalProperties": false,
        "description": "How much feedback backs a roadmap item, and from which personas and orgs; never from whom.",
        "required": [
          "count",
          "bySource",
          "personas",
          "orgs"
        ],
        "properties": {
          "count": {
            "type": "integer"
          },
          "bySource": {
            "type": "object",
            "additionalProperties": {
              "type": "integer"
            }
          },
          "personas": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/EvidenceSegmentCount"
            }
          },
          "orgs": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/EvidenceSegmentCount"
            }
          }
        }
      },
      "EvidenceSegmentCount": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "ref",
          "count"
        ],
        "properties": {
          "ref": {
            "type": "string"
          },
          "count": {
            "type": "integer"
          }
        }
      },
      "FeedbackEvidenceItem": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "id",
          "source",
          "text",
          "score",
          "roundTitle",
          "personaRefs",
          "orgRefs",
          "from",
          "linkedBy",
          "linkedAt"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "source": {
            "type": "string",
            "enum": [
              "survey",
              "office-hours",
              "interview",
              "support",
              "other"
            ]
          },
          "text": {
            "type": [
              "string",
              "null"
            ]
          },
          "score": {
            "type": [
              "integer",
              "null"
            ]
          },
          "roundTitle": {
            "type": [
              "string",
              "null"
            ]
          },
          "personaRefs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "orgRefs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "from": {
            "type": [
              "string",
              "null"
            ],
            "description": "The respondent when they signed their answer, or the person an owner named with a note; otherwise null."
          },
          "linkedBy": {
            "type": "string"
          },
          "linkedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "RoadmapItemEvidence": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "platformRef",
          "itemId",
          "summary",
          "items"
        ],
        "properties": {
          "platformRef": {
            "type": "string"
          },
          "itemId": {
            "type": "string"
          },
          "summary": {
            "$ref": "#/components/schemas/FeedbackEvidenceSummary"
          },
          "items": {
            "description": "The pieces, for callers who may read the platform's feedback (its owners); null for everyone else.",
            "oneOf": [
              {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/FeedbackEvidenceItem"
                }
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "FeedbackEvidenceInput": {
        "type": "object",
        "additionalProperties": false,
        "description": "Either { commentId } to link a survey comment of the platform (ids from the round's comments), or a recorded note { source, text, personaRefs?, orgRefs?, personRef? }.",
        "properties": {
          "commentId": {
            "type": "string"
          },
          "source": {
            "type": "string"
          },
          "text": {
            "type": "string"
          },
          "personaRefs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "orgRefs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "personRef": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "RoadmapImportStatus": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "location",
          "status",
          "at",
          "error",
          "warnings"
        ],
        "properties": {
          "location": {
            "type": "string"
          },
          "status": {
            "type": "string",
            "enum": [
              "ok",
              "failed"
            ]
          },
          "at": {
            "type": "string"
          },
          "error": {
            "type": [
              "string",
              "null"
            ]
          },
          "warnings": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "InvestmentMixRow": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "category",
          "intended",
          "actual",
          "nowItems"
        ],
        "properties": {
          "category": {
            "type": "string"
          },
          "intended": {
            "type": "number"
          },
          "actual": {
            "type": "number"
          },
          "nowItems": {
            "type": "integer"
          }
        }
      },
      "RoadmapBoard": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "platformRef",
          "title",
          "file",
          "horizons",
          "dropped",
          "investmentMix",
          "import"
        ],
        "properties": {
          "platformRef": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "file": {
            "type": [
              "string",
              "null"
            ]
          },
          "horizons": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "now",
              "next",
              "later"
            ],
            "properties": {
              "now": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/RoadmapItem"
                }
              },
              "next": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/RoadmapItem"
                }
              },
              "later": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/RoadmapItem"
                }
              }
            }
          },
          "dropped": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/RoadmapItem"
            }
          },
          "investmentMix": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "intended",
              "source",
              "rows"
            ],
            "properties": {
              "intended": {
                "type": [
                  "object",
                  "null"
                ],
                "additionalProperties": {
                  "type": "number"
                }
              },
              "source": {
                "type": [
                  "string",
                  "null"
                ],
                "enum": [
                  "ui",
                  "file",
                  null
                ]
              },
              "rows": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/InvestmentMixRow"
                }
              }
            }
          },
          "import": {
            "oneOf": [
              {
                "$ref": "#/components/schemas/RoadmapImportStatus"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "RoadmapItemHistory": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "itemId",
          "entries"
        ],
        "properties": {
          "itemId": {
            "type": "string"
          },
          "entries": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "id",
                "itemId",
                "action",
                "field",
                "from",
                "to",
                "actor",
                "at"
              ],
              "properties": {
                "id": {
                  "type": "integer"
                },
                "itemId": {
                  "type": "string"
                },
                "action": {
                  "type": "string"
                },
                "field": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "from": {},
                "to": {},
                "actor": {
                  "type": "string"
                },
                "at": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "CrossPlatformRoadmap": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "items",
          "platformTitles"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/RoadmapItem"
            }
          },
          "platformTitles": {
            "type": "object",
            "description": "The display name of each platform the caller can see, by platform ref.",
            "additionalProperties": {
              "type": "string"
            }
          }
        }
      },
      "EntityRoadmap": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "entityRef",
          "personas",
          "platforms"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "personas": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "platforms": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/EntityRoadmapPlatform"
            }
          }
        }
      },
      "EntityRoadmapPlatform": {
        "type": "object",
        "description": "A platform's Now items that concern the personas of an entity's owners.",
        "additionalProperties": false,
        "required": [
          "platformRef",
          "title",
          "items"
        ],
        "properties": {
          "platformRef": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "items": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "id",
                "title",
                "status",
                "personas"
              ],
              "properties": {
                "id": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "status": {
                  "type": "string"
                },
                "personas": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                }
              }
            }
          }
        }
      },
      "EntityCard": {
        "type": "object",
        "description": "Everything the card on a service page and the deprecation banner above it show, in one answer.",
        "additionalProperties": false,
        "required": [
          "entityRef",
          "platforms",
          "roadmap",
          "announcements",
          "surveyPrompt",
          "deprecations"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "platforms": {
            "type": "array",
            "description": "The platforms the entity relies on, as GET /entities/{kind}/{namespace}/{name}/platforms answers.",
            "items": {
              "$ref": "#/components/schemas/PlatformUsage"
            }
          },
          "roadmap": {
            "type": "object",
            "description": "The Now items of those platforms for the personas of the entity's owners.",
            "additionalProperties": false,
            "required": [
              "personas",
              "platforms"
            ],
            "properties": {
              "personas": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "platforms": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/EntityRoadmapPlatform"
                }
              }
            }
          },
          "announcements": {
            "type": "array",
            "description": "The announcements of those platforms that are relevant now.",
            "items": {
              "$ref": "#/components/schemas/Announcement"
            }
          },
          "surveyPrompt": {
            "description": "The survey round the signed-in caller is asked to answer now (recorded as shown), or null; always null for a service.",
            "anyOf": [
              {
                "type": "null"
              },
              {
                "$ref": "#/components/schemas/SurveyPrompt"
              }
            ]
          },
          "deprecations": {
            "type": "array",
            "description": "The deprecations the entity consumes, with its own exception state.",
            "items": {
              "$ref": "#/components/schemas/EntityDeprecation"
            }
          }
        }
      },
      "RoadmapItemInput": {
        "type": "object",
        "description": "The fields of a roadmap item. Values are checked by the service, which names the field and the allowed values in its 400 (horizon now|next|later, confidence low|medium|high, status exploring|committed|shipped|dropped, category new-capability|reliability|cost|developer-experience|unplanned).",
        "additionalProperties": false,
        "properties": {
          "version": {
            "type": "integer",
            "maximum": 9007199254740991,
            "description": "The version read, 0 or more (ignored on create); or send it as If-Match."
          },
          "horizon": {
            "type": "string"
          },
          "position": {
            "type": "integer",
            "minimum": 0
          },
          "title": {
            "type": "string"
          },
          "problem": {
            "type": "string"
          },
          "hypothesis": {
            "type": "string"
          },
          "confidence": {
            "type": "string"
          },
          "status": {
            "type": "string"
          },
          "personas": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "category": {
            "type": "string"
          },
          "keyResultId": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "AdoptionCounts": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "adopting",
          "audience",
          "ratio",
          "stage"
        ],
        "properties": {
          "adopting": {
            "type": "integer"
          },
          "audience": {
            "type": "integer"
          },
          "ratio": {
            "type": [
              "number",
              "null"
            ]
          },
          "stage": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/AdoptionStage"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "SnapshotSource": {
        "type": "string",
        "enum": [
          "live",
          "imported"
        ]
      },
      "PortfolioNps": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "value",
          "responses",
          "marginOfError",
          "closedOn"
        ],
        "properties": {
          "value": {
            "type": [
              "number",
              "null"
            ]
          },
          "responses": {
            "type": "integer"
          },
          "marginOfError": {
            "type": [
              "number",
              "null"
            ]
          },
          "closedOn": {
            "type": "string"
          }
        }
      },
      "PortfolioReliability": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "health",
          "slos",
          "worst",
          "alertState"
        ],
        "properties": {
          "health": {
            "$ref": "#/components/schemas/SloHealth"
          },
          "slos": {
            "type": "integer"
          },
          "worst": {
            "type": [
              "object",
              "null"
            ],
            "additionalProperties": false,
            "required": [
              "name",
              "displayName",
              "target",
              "attainment",
              "budgetRemaining"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "displayName": {
                "type": "string"
              },
              "target": {
                "type": "number"
              },
              "attainment": {
                "type": [
                  "number",
                  "null"
                ]
              },
              "budgetRemaining": {
                "type": [
                  "number",
                  "null"
                ]
              }
            }
          },
          "alertState": {
            "type": "string",
            "enum": [
              "ok",
              "ticket",
              "page",
              "no-data"
            ]
          }
        }
      },
      "PortfolioObjectives": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "objectives",
          "keyResults",
          "measured",
          "meanProgress",
          "onTrack"
        ],
        "properties": {
          "objectives": {
            "type": "integer"
          },
          "keyResults": {
            "type": "integer"
          },
          "measured": {
            "type": "integer"
          },
          "meanProgress": {
            "type": [
              "number",
              "null"
            ]
          },
          "onTrack": {
            "type": "integer"
          }
        }
      },
      "PortfolioPoint": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "day",
          "ratio",
          "source"
        ],
        "properties": {
          "day": {
            "type": "string"
          },
          "ratio": {
            "type": [
              "number",
              "null"
            ]
          },
          "source": {
            "$ref": "#/components/schemas/SnapshotSource"
          }
        }
      },
      "PortfolioRow": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "platformRef",
          "title",
          "category",
          "ownerRefs",
          "snapshotDay",
          "source",
          "adoption",
          "services",
          "nps",
          "reliability",
          "supportTicketsPer100Users",
          "deprecationDebt",
          "objectives",
          "capacityUnlockedHoursPerMonth",
          "costPerService"
        ],
        "properties": {
          "platformRef": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "category": {
            "type": "string"
          },
          "ownerRefs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "snapshotDay": {
            "type": [
              "string",
              "null"
            ]
          },
          "source": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/SnapshotSource"
              },
              {
                "type": "null"
              }
            ]
          },
          "adoption": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "adopting",
              "audience",
              "ratio",
              "stage",
              "change30",
              "change90",
              "sparkline"
            ],
            "properties": {
              "adopting": {
                "type": "integer"
              },
              "audience": {
                "type": "integer"
              },
              "ratio": {
                "type": [
                  "number",
                  "null"
                ]
              },
              "stage": {
                "anyOf": [
                  {
                    "$ref": "#/components/schemas/AdoptionStage"
                  },
                  {
                    "type": "null"
                  }
                ]
              },
              "change30": {
                "type": [
                  "number",
                  "null"
                ]
              },
              "change90": {
                "type": [
                  "number",
                  "null"
                ]
              },
              "sparkline": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/PortfolioPoint"
                }
              }
            }
          },
          "services": {
            "type": [
              "object",
              "null"
            ],
            "additionalProperties": false,
            "required": [
              "adopting",
              "total"
            ],
            "properties": {
              "adopting": {
                "type": "integer"
              },
              "total": {
                "type": "integer"
              }
            }
          },
          "nps": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/PortfolioNps"
              },
              {
                "type": "null"
              }
            ]
          },
          "reliability": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/PortfolioReliability"
              },
              {
                "type": "null"
              }
            ]
          },
          "supportTicketsPer100Users": {
            "type": [
              "number",
              "null"
            ]
          },
          "deprecationDebt": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/DeprecationDebt"
              },
              {
                "type": "null"
              }
            ]
          },
          "objectives": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/PortfolioObjectives"
              },
              {
                "type": "null"
              }
            ]
          },
          "capacityUnlockedHoursPerMonth": {
            "type": [
              "number",
              "null"
            ]
          },
          "costPerService": {
            "type": [
              "number",
              "null"
            ]
          }
        }
      },
      "PortfolioHeatCell": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "adopting",
          "audience",
          "ratio",
          "stage",
          "snapshotDay"
        ],
        "properties": {
          "adopting": {
            "type": "integer"
          },
          "audience": {
            "type": "integer"
          },
          "ratio": {
            "type": [
              "number",
              "null"
            ]
          },
          "stage": {
            "anyOf": [
              {
                "$ref": "#/components/schemas/AdoptionStage"
              },
              {
                "type": "null"
              }
            ]
          },
          "snapshotDay": {
            "type": "string"
          }
        }
      },
      "PortfolioHeatRow": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "groupRef",
          "title",
          "type",
          "parentRef",
          "children",
          "cells"
        ],
        "properties": {
          "groupRef": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "type": {
            "type": "string"
          },
          "parentRef": {
            "type": [
              "string",
              "null"
            ]
          },
          "children": {
            "type": "integer"
          },
          "cells": {
            "type": "object",
            "description": "Platform ref → the cell, or null when the snapshot has no figure for the group.",
            "additionalProperties": {
              "anyOf": [
                {
                  "$ref": "#/components/schemas/PortfolioHeatCell"
                },
                {
                  "type": "null"
                }
              ]
            }
          }
        }
      },
      "PortfolioQuery": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "asOf": {
            "type": "string"
          },
          "category": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "owner": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "org": {
            "type": "string"
          },
          "sort": {
            "type": "string"
          },
          "order": {
            "type": "string",
            "enum": [
              "asc",
              "desc"
            ]
          }
        }
      },
      "Portfolio": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "asOf",
          "earliestDay",
          "query",
          "rows",
          "totals",
          "heatMap",
          "facets",
          "computedAt"
        ],
        "properties": {
          "asOf": {
            "type": "string"
          },
          "earliestDay": {
            "type": [
              "string",
              "null"
            ]
          },
          "query": {
            "$ref": "#/components/schemas/PortfolioQuery"
          },
          "rows": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PortfolioRow"
            }
          },
          "totals": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "platforms",
              "teams",
              "capacityUnlockedHoursPerMonth",
              "investmentMix"
            ],
            "properties": {
              "platforms": {
                "type": "integer"
              },
              "teams": {
                "$ref": "#/components/schemas/AdoptionCounts"
              },
              "capacityUnlockedHoursPerMonth": {
                "type": [
                  "number",
                  "null"
                ]
              },
              "investmentMix": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/InvestmentMixRow"
                }
              }
            }
          },
          "heatMap": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "platforms",
              "rows"
            ],
            "properties": {
              "platforms": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "rows": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/PortfolioHeatRow"
                }
              }
            }
          },
          "facets": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "categories",
              "owners",
              "orgs"
            ],
            "properties": {
              "categories": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "owners": {
                "type": "array",
                "items": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "ref",
                    "title"
                  ],
                  "properties": {
                    "ref": {
                      "type": "string"
                    },
                    "title": {
                      "type": "string"
                    }
                  }
                }
              },
              "orgs": {
                "type": "array",
                "items": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "ref",
                    "title"
                  ],
                  "properties": {
                    "ref": {
                      "type": "string"
                    },
                    "title": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          },
          "computedAt": {
            "type": "string"
          }
        }
      },
      "PortfolioGroupChildren": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "groupRef",
          "rows"
        ],
        "properties": {
          "groupRef": {
            "type": "string"
          },
          "rows": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PortfolioHeatRow"
            }
          }
        }
      },
      "PortfolioCellTeams": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "platformRef",
          "groupRef",
          "asOf",
          "snapshotDay",
          "status",
          "total",
          "offset",
          "limit",
          "items"
        ],
        "properties": {
          "platformRef": {
            "type": "string"
          },
          "groupRef": {
            "type": "string"
          },
          "asOf": {
            "type": "string"
          },
          "snapshotDay": {
            "type": [
              "string",
              "null"
            ]
          },
          "status": {
            "type": "string",
            "enum": [
              "adopting",
              "non-adopting"
            ]
          },
          "total": {
            "type": "integer"
          },
          "offset": {
            "type": "integer"
          },
          "limit": {
            "type": "integer"
          },
          "items": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "teamRef",
                "title",
                "parentRef",
                "memberRefs",
                "memberCount"
              ],
              "properties": {
                "teamRef": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "parentRef": {
                  "type": [
                    "string",
                    "null"
                  ]
                },
                "memberRefs": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                },
                "memberCount": {
                  "type": "integer"
                }
              }
            }
          }
        }
      },
      "PortfolioMover": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "platformRef",
          "title",
          "from",
          "to",
          "change"
        ],
        "properties": {
          "platformRef": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "from": {
            "type": "number"
          },
          "to": {
            "type": "number"
          },
          "change": {
            "type": "number"
          }
        }
      },
      "PortfolioTrends": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "from",
          "to",
          "adoption",
          "nps",
          "movers"
        ],
        "properties": {
          "from": {
            "type": "string"
          },
          "to": {
            "type": "string"
          },
          "adoption": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "platformRef",
                "title",
                "points"
              ],
              "properties": {
                "platformRef": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "points": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/PortfolioPoint"
                  }
                }
              }
            }
          },
          "nps": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "platformRef",
                "title",
                "rounds"
              ],
              "properties": {
                "platformRef": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "rounds": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                      "day",
                      "value"
                    ],
                    "properties": {
                      "day": {
                        "type": "string"
                      },
                      "value": {
                        "type": [
                          "number",
                          "null"
                        ]
                      }
                    }
                  }
                }
              }
            }
          },
          "movers": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "rises",
              "falls"
            ],
            "properties": {
              "rises": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/PortfolioMover"
                }
              },
              "falls": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/PortfolioMover"
                }
              }
            }
          }
        }
      },
      "AdoptionHistoryImport": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "points"
        ],
        "properties": {
          "points": {
            "description": "The figures: { day (YYYY-MM-DD, before today), adoptingTeams, audienceTeams, orgRef? }. Checked line by line in the handler, so that every problem names its line and field."
          }
        }
      },
      "AdoptionHistoryImportResult": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "platformRef",
          "stored",
          "skippedLive",
          "orgFigures"
        ],
        "properties": {
          "platformRef": {
            "type": "string"
          },
          "stored": {
            "type": "integer"
          },
          "skippedLive": {
            "type": "integer"
          },
          "orgFigures": {
            "type": "integer"
          }
        }
      },
      "GroupPlatformPicture": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "groupRef",
          "title",
          "teams",
          "platforms",
          "deprecatedDependencies",
          "surveys",
          "keyResults",
          "computedAt"
        ],
        "properties": {
          "groupRef": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "teams": {
            "type": "integer"
          },
          "platforms": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "platformRef",
                "title",
                "category",
                "group",
                "company"
              ],
              "properties": {
                "platformRef": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "category": {
                  "type": "string"
                },
                "group": {
                  "$ref": "#/components/schemas/AdoptionCounts"
                },
                "company": {
                  "$ref": "#/components/schemas/AdoptionCounts"
                }
              }
            }
          },
          "deprecatedDependencies": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "entityRef",
                "deprecationRef",
                "deprecationTitle",
                "sunsetDate",
                "daysToSunset",
                "exception",
                "inViolation"
              ],
              "properties": {
                "entityRef": {
                  "type": "string"
                },
                "deprecationRef": {
                  "type": "string"
                },
                "deprecationTitle": {
                  "type": "string"
                },
                "sunsetDate": {
                  "type": "string"
                },
                "daysToSunset": {
                  "type": "integer"
                },
                "replacementRef": {
                  "type": "string"
                },
                "exception": {
                  "type": [
                    "object",
                    "null"
                  ],
                  "additionalProperties": false,
                  "required": [
                    "state"
                  ],
                  "properties": {
                    "state": {
                      "type": "string",
                      "enum": [
                        "requested",
                        "approved",
                        "denied",
                        "expired"
                      ]
                    },
                    "expiresAt": {
                      "type": "string"
                    }
                  }
                },
                "inViolation": {
                  "type": "boolean"
                }
              }
            }
          },
          "surveys": {
            "type": "array",
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "roundId",
                "platformRef",
                "platformTitle",
                "title",
                "closesAt"
              ],
              "properties": {
                "roundId": {
                  "type": "string"
                },
                "platformRef": {
                  "type": "string"
                },
                "platformTitle": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "closesAt": {
                  "type": "string"
                }
              }
            }
          },
          "keyResults": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/GroupKeyResult"
            }
          },
          "computedAt": {
            "type": "string"
          }
        }
      },
      "GroupKeyResult": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "platformRef",
          "platformTitle",
          "objectiveId",
          "objectiveTitle",
          "keyResultId",
          "title",
          "scopeRef",
          "baseline",
          "target",
          "direction",
          "binding",
          "progress"
        ],
        "properties": {
          "platformRef": {
            "type": "string"
          },
          "platformTitle": {
            "type": "string"
          },
          "objectiveId": {
            "type": "string"
          },
          "objectiveTitle": {
            "type": "string"
          },
          "keyResultId": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "scopeRef": {
            "type": "string"
          },
          "baseline": {
            "type": "number"
          },
          "target": {
            "type": "number"
          },
          "direction": {
            "type": "string",
            "enum": [
              "increase",
              "decrease"
            ]
          },
          "binding": {
            "$ref": "#/components/schemas/KeyResultBinding"
          },
          "progress": {
            "$ref": "#/components/schemas/KeyResultProgress"
          }
        }
      },
      "DataSourceStatus": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "feeds",
          "metric",
          "mode",
          "points",
          "lastPointAt",
          "lastAttemptAt",
          "lastSuccessAt",
          "problem",
          "error"
        ],
        "properties": {
          "feeds": {
            "type": "string",
            "enum": [
              "slo",
              "kpi"
            ],
            "description": "What the metric feeds — an SLO (slo, sloDisplayName, role) or the KPIs (kpiMetric, scope)."
          },
          "slo": {
            "type": "string"
          },
          "sloDisplayName": {
            "type": "string"
          },
          "role": {
            "type": "string",
            "enum": [
              "good",
              "bad",
              "total",
              "threshold"
            ]
          },
          "kpiMetric": {
            "type": "string",
            "enum": [
              "deployments",
              "change_failures",
              "lead_time_hours",
              "time_to_first_deployment_hours",
              "incidents",
              "time_to_recover_minutes",
              "support_tickets",
              "active_users",
              "cost"
            ]
          },
          "scope": {
            "type": "string",
            "enum": [
              "platform",
              "consumer"
            ]
          },
          "entityLabel": {
            "type": "string",
            "description": "For a pulled per-consumer metric, the series label that names the service."
          },
          "metric": {
            "type": "string"
          },
          "mode": {
            "type": "string",
            "enum": [
              "pushed",
              "pulled"
            ]
          },
          "source": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "type"
            ],
            "properties": {
              "type": {
                "type": "string"
              },
              "metricSourceRef": {
                "type": "string"
              },
              "query": {
                "type": "string"
              }
            }
          },
          "points": {
            "type": "number"
          },
          "lastPointAt": {
            "type": [
              "string",
              "null"
            ]
          },
          "lastAttemptAt": {
            "type": [
              "string",
              "null"
            ]
          },
          "lastSuccessAt": {
            "type": [
              "string",
              "null"
            ]
          },
          "problem": {
            "anyOf": [
              {
                "type": "string",
                "enum": [
                  "unreachable",
                  "rejected",
                  "timeout",
                  "empty",
                  "invalid-value",
                  "misconfigured",
                  "no-provider",
                  "unmapped",
                  "failed"
                ]
              },
              {
                "type": "null"
              }
            ]
          },
          "error": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "PlatformDataSources": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "platformRef",
          "providers",
          "pullIntervalMinutes",
          "items",
          "computedAt"
        ],
        "properties": {
          "platformRef": {
            "type": "string"
          },
          "providers": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "pullIntervalMinutes": {
            "type": "number"
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/DataSourceStatus"
            }
          },
          "computedAt": {
            "type": "string"
          }
        }
      }
    },
    "responses": {
      "BadRequest": {
        "description": "The request was invalid; the message says what and how to fix it.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "NotFound": {
        "description": "The entity does not exist, or is not a platform.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "PayloadTooLarge": {
        "description": "The request body is over the 2 MB limit; the message says what to send instead.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      }
    }
  },
  "paths": {
    "/health": {
      "get": {
        "operationId": "GetHealth",
        "security": [],
        "responses": {
          "200": {
            "description": "The plugin is up.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "additionalProperties": false,
                  "required": [
                    "status"
                  ],
                  "properties": {
                    "status": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          }
        }
      }
    },
    "/metrics": {
      "post": {
        "operationId": "IngestMetrics",
        "description": "Stores a batch of metric points (service credentials only). Idempotent on (entity, metric, timestamp, labels): a retried batch replaces the same points instead of adding to them. A batch is all-or-nothing.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MetricBatch"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Every point was stored.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IngestResult"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "description": "The caller is not a service; only services push metrics.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      }
    },
    "/platforms": {
      "get": {
        "operationId": "ListPlatforms",
        "responses": {
          "200": {
            "description": "Every platform product in the catalog, with a short summary.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PlatformList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          }
        }
      }
    },
    "/platforms/{kind}/{namespace}/{name}/scorecard": {
      "get": {
        "operationId": "GetPlatformScorecard",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "$ref": "#/components/parameters/from"
          },
          {
            "$ref": "#/components/parameters/to"
          }
        ],
        "responses": {
          "200": {
            "description": "The platform's balanced scorecard with daily history.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Scorecard"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/platforms/{kind}/{namespace}/{name}/slos": {
      "get": {
        "operationId": "GetPlatformSlos",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "responses": {
          "200": {
            "description": "Attainment, error budget, burn rates and alert state of each SLO.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SloReport"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/platforms/{kind}/{namespace}/{name}/adoption": {
      "get": {
        "operationId": "GetPlatformAdoption",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "$ref": "#/components/parameters/from"
          },
          {
            "$ref": "#/components/parameters/to"
          }
        ],
        "responses": {
          "200": {
            "description": "Adoption now, per persona and org, and its daily trend.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AdoptionReport"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/platforms/{kind}/{namespace}/{name}/adoption/refresh": {
      "post": {
        "operationId": "RefreshPlatformAdoption",
        "description": "Recomputes adoption and the scorecard now and stores today's snapshot (owners of the platform only).",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "responses": {
          "200": {
            "description": "The fresh adoption.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AdoptionReport"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "description": "The caller does not own the platform.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/entities/{kind}/{namespace}/{name}/platforms": {
      "get": {
        "operationId": "GetEntityPlatforms",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "responses": {
          "200": {
            "description": "Each platform the entity relies on, directly or through its system, in one answer.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EntityPlatforms"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/entities/{kind}/{namespace}/{name}/card": {
      "get": {
        "operationId": "GetEntityCard",
        "description": "Everything the service-page card and the deprecation banner show, in one request: the platforms the entity relies on with their SLO status, budget and support; the Now roadmap items for its owners' personas; relevant announcements; the survey prompt; and the deprecations affecting it with its exception state. The separate endpoints stay for API users.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "responses": {
          "200": {
            "description": "The card's content.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EntityCard"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/surveys/prompt": {
      "get": {
        "operationId": "GetSurveyPrompt",
        "description": "The one survey round the signed-in user should be asked about now, if any (users only). See docs/surveys.md for the rules; a round returned is recorded as shown.",
        "parameters": [
          {
            "name": "platformRef",
            "in": "query",
            "required": false,
            "description": "Only a round of this platform (the platform tab), e.g. system:default/logging-platform.",
            "allowReserved": true,
            "schema": {
              "type": "string",
              "minLength": 1
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The round to ask about, or null.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SurveyPromptAnswer"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "description": "The caller is not a signed-in user.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "403": {
            "description": "The caller is a service; only signed-in users may.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          }
        }
      }
    },
    "/surveys/rounds/{roundId}/dismiss": {
      "post": {
        "operationId": "DismissSurveyPrompt",
        "description": "The signed-in user is not asked about this round again.",
        "parameters": [
          {
            "$ref": "#/components/parameters/roundId"
          }
        ],
        "responses": {
          "204": {
            "description": "Dismissed."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "description": "The caller is not a signed-in user.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "403": {
            "description": "The caller is a service; only signed-in users may.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/surveys/rounds/{roundId}/snooze": {
      "post": {
        "operationId": "SnoozeSurveyPrompt",
        "description": "The signed-in user is asked about this round again after the given days.",
        "parameters": [
          {
            "$ref": "#/components/parameters/roundId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SurveySnoozeInput"
              }
            }
          }
        },
        "responses": {
          "204": {
            "description": "Snoozed."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "description": "The caller is not a signed-in user.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "403": {
            "description": "The caller is a service; only signed-in users may.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      }
    },
    "/platforms/{kind}/{namespace}/{name}/surveys/results": {
      "get": {
        "operationId": "GetPlatformSurveyResults",
        "description": "Every survey round of the platform with its aggregate results, newest first, and the NPS trend across closed rounds. An open round's results, and the counts of a persona or org that fewer than 5 people answered, are given only to signed-in users allowed to read feedback (the owners), never to a service; never who answered what.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "responses": {
          "200": {
            "description": "The rounds and their results.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SurveyResults"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/platforms/{kind}/{namespace}/{name}/surveys/rounds": {
      "post": {
        "operationId": "OpenSurveyRound",
        "description": "Opens a survey round (owners of the platform only; one open round at a time).",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SurveyRoundInput"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The round opened.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SurveyRound"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "description": "The caller is not a signed-in user.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "403": {
            "description": "The caller does not own the platform.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "description": "The platform already has an open round; the message names it.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      }
    },
    "/platforms/{kind}/{namespace}/{name}/surveys/rounds/{roundId}/close": {
      "post": {
        "operationId": "CloseSurveyRound",
        "description": "Closes an open round now (owners only); the owners are notified of the result once.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "$ref": "#/components/parameters/roundId"
          }
        ],
        "responses": {
          "200": {
            "description": "The closed round.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SurveyRound"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "description": "The caller does not own the platform.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "description": "The round was already closed.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          }
        }
      }
    },
    "/platforms/{kind}/{namespace}/{name}/surveys/rounds/{roundId}/responses": {
      "post": {
        "operationId": "AnswerSurveyRound",
        "description": "Stores the signed-in user's answer (users only); a second answer replaces the first, keeping the time of the first. The user's teams, personas and orgs are recorded from the catalog.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "$ref": "#/components/parameters/roundId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SurveyAnswerInput"
              }
            }
          }
        },
        "responses": {
          "204": {
            "description": "The answer was stored."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "description": "The caller is not a signed-in user; services and anonymous callers cannot answer.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "403": {
            "description": "The caller is a service; only signed-in users may.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "description": "The round is closed, ended or not open yet; the message says when.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      }
    },
    "/platforms/{kind}/{namespace}/{name}/surveys/rounds/{roundId}/comments": {
      "get": {
        "operationId": "GetSurveyComments",
        "description": "The free-text answers of a round (signed-in owners only; never a service), with team and persona; the person only when signed.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "$ref": "#/components/parameters/roundId"
          }
        ],
        "responses": {
          "200": {
            "description": "The comments, oldest first.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SurveyComments"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "description": "The caller is a service, or a user who may not read the feedback of the platform.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/platforms/{kind}/{namespace}/{name}/surveys/rounds/{roundId}/responses.csv": {
      "get": {
        "operationId": "ExportSurveyComments",
        "description": "The free-text answers of a round as CSV (signed-in owners only; never a service); a cell that a spreadsheet would run as a formula is prefixed with an apostrophe.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "$ref": "#/components/parameters/roundId"
          }
        ],
        "responses": {
          "200": {
            "description": "The comments as CSV.",
            "content": {
              "text/csv": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "description": "The caller is a service, or a user who may not read the feedback of the platform.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/deprecations": {
      "get": {
        "operationId": "ListDeprecations",
        "responses": {
          "200": {
            "description": "Every deprecated entity the caller can see, with consumers remaining, violations, exceptions by state, days to sunset and the daily burn-down of the last 90 days.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DeprecationList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          }
        }
      }
    },
    "/deprecations/{kind}/{namespace}/{name}": {
      "get": {
        "operationId": "GetDeprecation",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "responses": {
          "200": {
            "description": "One deprecation with its consumers grouped by team and every exception requested.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DeprecationDetail"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "description": "No such entity, or it has no valid spec.deprecation.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          }
        }
      }
    },
    "/deprecations/{kind}/{namespace}/{name}/exceptions": {
      "post": {
        "operationId": "RequestDeprecationException",
        "description": "Requests an exception for a consumer (owners of the consumer only). The end date may not be in the past nor later than the sunset plus platformProduct.deprecations.maxExceptionDaysAfterSunset days; a consumer has at most one requested or approved, unexpired exception.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/DeprecationExceptionRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The exception, requested.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DeprecationException"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "description": "The caller does not own the consumer.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "description": "No such deprecation.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "409": {
            "description": "The consumer already has a requested or approved exception.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      }
    },
    "/deprecations/{kind}/{namespace}/{name}/exceptions/{exceptionId}/decision": {
      "post": {
        "operationId": "DecideDeprecationException",
        "description": "Approves or denies a requested exception, with a reason (owners of the deprecated entity only). Tells the requester.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "name": "exceptionId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "minLength": 1
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/DeprecationExceptionDecision"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The exception, decided.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DeprecationException"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "description": "The caller does not own the deprecated entity.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "description": "No such deprecation or exception.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "409": {
            "description": "The exception was already decided, or ended before it was.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      }
    },
    "/deprecations/{kind}/{namespace}/{name}/exceptions/{exceptionId}/audit": {
      "get": {
        "operationId": "GetDeprecationExceptionAudit",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "name": "exceptionId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "minLength": 1
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Who requested and decided the exception, when, and why; oldest first.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DeprecationAudit"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "description": "No such deprecation or exception.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          }
        }
      }
    },
    "/entities/{kind}/{namespace}/{name}/deprecations": {
      "get": {
        "operationId": "GetEntityDeprecations",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "responses": {
          "200": {
            "description": "The deprecations the entity consumes, each with the entity's exception (empty when none).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EntityDeprecations"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/platforms/{kind}/{namespace}/{name}/objectives": {
      "get": {
        "operationId": "ListObjectives",
        "description": "The platform's objectives, each key result with its progress computed from its bound series now.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ObjectiveList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "post": {
        "operationId": "CreateObjective",
        "description": "Adds an objective (owners of the platform only). An id may be chosen (a stable slug).",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ObjectiveInput"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Objective"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "description": "The caller does not own the platform.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "description": "Someone else changed it since the version sent (or the id is taken); reload and apply the change again.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      }
    },
    "/platforms/{kind}/{namespace}/{name}/objectives/{objectiveId}": {
      "put": {
        "operationId": "UpdateObjective",
        "description": "Replaces an objective's fields (owners only); `version` must be the one read.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "$ref": "#/components/parameters/objectiveId"
          },
          {
            "$ref": "#/components/parameters/ifMatch"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ObjectiveInput"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Objective"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "description": "The caller does not own the platform.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "description": "Someone else changed it since the version sent (or the id is taken); reload and apply the change again.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      },
      "delete": {
        "operationId": "DeleteObjective",
        "description": "Deletes an objective and its key results (owners only).",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "$ref": "#/components/parameters/objectiveId"
          },
          {
            "$ref": "#/components/parameters/ifMatch"
          },
          {
            "$ref": "#/components/parameters/versionQuery"
          }
        ],
        "responses": {
          "204": {
            "description": "Deleted."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "description": "The caller does not own the platform.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "description": "Someone else changed it since the version sent (or the id is taken); reload and apply the change again.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          }
        }
      }
    },
    "/platforms/{kind}/{namespace}/{name}/objectives/{objectiveId}/key-results": {
      "post": {
        "operationId": "CreateKeyResult",
        "description": "Adds a key result to an objective (owners only). The binding must name an existing SLO or a metric with data on the platform (or a well-known one).",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "$ref": "#/components/parameters/objectiveId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/KeyResultInput"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/KeyResult"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "description": "The caller does not own the platform.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "description": "Someone else changed it since the version sent (or the id is taken); reload and apply the change again.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      }
    },
    "/platforms/{kind}/{namespace}/{name}/key-results/{keyResultId}": {
      "put": {
        "operationId": "UpdateKeyResult",
        "description": "Replaces a key result (owners only); `version` must be the one read.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "$ref": "#/components/parameters/keyResultId"
          },
          {
            "$ref": "#/components/parameters/ifMatch"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/KeyResultInput"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/KeyResult"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "description": "The caller does not own the platform.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "description": "Someone else changed it since the version sent (or the id is taken); reload and apply the change again.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      },
      "delete": {
        "operationId": "DeleteKeyResult",
        "description": "Deletes a key result (owners only).",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "$ref": "#/components/parameters/keyResultId"
          },
          {
            "$ref": "#/components/parameters/ifMatch"
          },
          {
            "$ref": "#/components/parameters/versionQuery"
          }
        ],
        "responses": {
          "204": {
            "description": "Deleted."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "description": "The caller does not own the platform.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "description": "Someone else changed it since the version sent (or the id is taken); reload and apply the change again.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          }
        }
      }
    },
    "/platforms/{kind}/{namespace}/{name}/announcements": {
      "get": {
        "operationId": "ListAnnouncements",
        "description": "The platform's relevant announcements, newest first (see docs/announcements.md for the relevance rule).",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "name": "all",
            "in": "query",
            "required": false,
            "description": "With true, also the announcements that are no longer relevant.",
            "schema": {
              "type": "string",
              "enum": [
                "true",
                "false"
              ]
            }
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AnnouncementList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "post": {
        "operationId": "PostAnnouncement",
        "description": "Posts an announcement (owners only) and notifies the platform's followers and the owners of its consumers.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AnnouncementInput"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Announcement"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "description": "The caller does not own the platform.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      }
    },
    "/platforms/{kind}/{namespace}/{name}/announcements/{announcementId}": {
      "put": {
        "operationId": "EditAnnouncement",
        "description": "Edits an announcement (owners only); `version` must be the one read.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "$ref": "#/components/parameters/announcementId"
          },
          {
            "$ref": "#/components/parameters/ifMatch"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AnnouncementInput"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Announcement"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "description": "The caller does not own the platform.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "description": "Someone else changed it since the version sent (or the id is taken); reload and apply the change again.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      },
      "delete": {
        "operationId": "DeleteAnnouncement",
        "description": "Deletes an announcement (owners only).",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "$ref": "#/components/parameters/announcementId"
          },
          {
            "$ref": "#/components/parameters/ifMatch"
          },
          {
            "$ref": "#/components/parameters/versionQuery"
          }
        ],
        "responses": {
          "204": {
            "description": "Deleted."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "description": "The caller does not own the platform.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "description": "Someone else changed it since the version sent (or the id is taken); reload and apply the change again.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          }
        }
      }
    },
    "/platforms/{kind}/{namespace}/{name}/follow": {
      "get": {
        "operationId": "GetFollowState",
        "description": "Whether the caller follows the platform, and how many people do.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/FollowState"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "description": "The caller does not own the platform.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "put": {
        "operationId": "FollowPlatform",
        "description": "Follows the platform (signed-in users; idempotent).",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/FollowState"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "description": "The caller does not own the platform.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "delete": {
        "operationId": "UnfollowPlatform",
        "description": "Stops following the platform (idempotent).",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/FollowState"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "description": "The caller does not own the platform.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/entities/{kind}/{namespace}/{name}/announcements": {
      "get": {
        "operationId": "GetEntityAnnouncements",
        "description": "The relevant announcements of every platform the entity relies on, newest first, each with the platform's title.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "responses": {
          "200": {
            "description": "OK",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EntityAnnouncements"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/platforms/{kind}/{namespace}/{name}/roadmap": {
      "get": {
        "operationId": "GetRoadmapBoard",
        "description": "The platform's Now / Next / Later board, its investment mix and the last import of its roadmap file.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "responses": {
          "200": {
            "description": "The board.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RoadmapBoard"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/platforms/{kind}/{namespace}/{name}/roadmap.yaml": {
      "get": {
        "operationId": "ExportRoadmap",
        "description": "The whole board as a roadmap file (docs/roadmap.md); importing it gives the same board.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "responses": {
          "200": {
            "description": "The roadmap file.",
            "content": {
              "text/yaml": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/platforms/{kind}/{namespace}/{name}/roadmap/items": {
      "post": {
        "operationId": "CreateRoadmapItem",
        "description": "Adds an item (owners only). horizon, title, problem, hypothesis, confidence, status and category are required.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RoadmapItemInput"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The new item.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RoadmapItem"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "description": "The caller does not own the platform.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      }
    },
    "/platforms/{kind}/{namespace}/{name}/roadmap/items/{itemId}": {
      "get": {
        "operationId": "GetRoadmapItem",
        "description": "One item, with its version in the ETag header.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "name": "itemId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The item.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RoadmapItem"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "patch": {
        "operationId": "UpdateRoadmapItem",
        "description": "Changes an item's fields (owners only; `status: dropped` drops it). Send the version read, as `version` or If-Match; a stale one gets a 409 saying what changed since. Items declared in the platform's roadmap file are refused with a 409.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "name": "itemId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "If-Match",
            "in": "header",
            "required": false,
            "schema": {
              "type": "string"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RoadmapItemInput"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The changed item.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RoadmapItem"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "description": "The caller does not own the platform.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "description": "The version is stale (the message says what changed since), or the item is managed in the roadmap file.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      }
    },
    "/platforms/{kind}/{namespace}/{name}/roadmap/items/{itemId}/move": {
      "post": {
        "operationId": "MoveRoadmapItem",
        "description": "Moves an item to a horizon and position (0 = top; the bottom when omitted), with the version read.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "name": "itemId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "If-Match",
            "in": "header",
            "required": false,
            "schema": {
              "type": "string"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "horizon"
                ],
                "properties": {
                  "version": {
                    "type": "integer",
                    "maximum": 9007199254740991
                  },
                  "horizon": {
                    "type": "string"
                  },
                  "position": {
                    "type": "integer"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The moved item.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RoadmapItem"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "description": "The caller does not own the platform.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "description": "The version is stale, or the item is managed in the roadmap file.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      }
    },
    "/platforms/{kind}/{namespace}/{name}/roadmap/items/{itemId}/review": {
      "post": {
        "operationId": "ReviewRoadmapItem",
        "description": "Records a shipped item's outcome review (owners only) with the version read.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "name": "itemId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "If-Match",
            "in": "header",
            "required": false,
            "schema": {
              "type": "string"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "outcome"
                ],
                "properties": {
                  "version": {
                    "type": "integer",
                    "maximum": 9007199254740991
                  },
                  "outcome": {
                    "type": "string",
                    "description": "held | partly | did-not-hold"
                  },
                  "notes": {
                    "type": "string"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The reviewed item.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RoadmapItem"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "description": "The caller does not own the platform.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "description": "The version is stale.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      }
    },
    "/platforms/{kind}/{namespace}/{name}/roadmap/items/{itemId}/history": {
      "get": {
        "operationId": "GetRoadmapItemHistory",
        "description": "Every change of the item, oldest first (also for items the roadmap file removed).",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "name": "itemId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The history.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RoadmapItemHistory"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/platforms/{kind}/{namespace}/{name}/roadmap/items/{itemId}/evidence": {
      "get": {
        "operationId": "GetRoadmapItemEvidence",
        "description": "The feedback that backs the item: how much and from which personas and orgs for everyone who can see the platform; the pieces themselves for those who may read its feedback (its owners), the respondent of a survey comment only when they signed it.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "name": "itemId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The evidence.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RoadmapItemEvidence"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      },
      "post": {
        "operationId": "AddRoadmapItemEvidence",
        "description": "Backs the item with a survey comment of the platform or a recorded note (signed-in owners only; linking a comment also needs the permission to read the platform's feedback). When the item ships, each person whose feedback backs it is told once.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "name": "itemId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/FeedbackEvidenceInput"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The item's evidence, with the new piece.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RoadmapItemEvidence"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "description": "The caller is not a signed-in user.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "403": {
            "description": "The caller does not own the platform, or may not read its feedback.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "description": "The survey comment already backs the item.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      }
    },
    "/platforms/{kind}/{namespace}/{name}/roadmap/items/{itemId}/evidence/{evidenceId}": {
      "delete": {
        "operationId": "RemoveRoadmapItemEvidence",
        "description": "Removes a piece of feedback from the item's evidence (signed-in owners only).",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "name": "itemId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "evidenceId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "204": {
            "description": "Removed."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "description": "The caller is not a signed-in user.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "403": {
            "description": "The caller does not own the platform.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/platforms/{kind}/{namespace}/{name}/roadmap/investment-mix": {
      "put": {
        "operationId": "SetInvestmentMix",
        "description": "Declares the intended investment mix, percentages per category summing to 100 (owners only).",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "mix"
                ],
                "properties": {
                  "mix": {
                    "type": "object",
                    "description": "A whole percentage from 0 to 100 per investment category (new-capability, reliability, cost, developer-experience, unplanned), summing to 100.",
                    "additionalProperties": {
                      "type": "number",
                      "minimum": 0,
                      "maximum": 100
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The board with the new mix.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RoadmapBoard"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "description": "The caller does not own the platform.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "description": "The mix is declared in the roadmap file.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      }
    },
    "/platforms/{kind}/{namespace}/{name}/roadmap/import": {
      "post": {
        "operationId": "ImportRoadmap",
        "description": "Imports the platform's roadmap file now (owners only). A file with errors imports nothing; the answer says why.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "responses": {
          "200": {
            "description": "The outcome of the import (status failed with the error when the file has problems).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RoadmapImportStatus"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "description": "The caller does not own the platform.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/roadmap": {
      "get": {
        "operationId": "GetCrossPlatformRoadmap",
        "description": "The roadmap of every platform the caller can see, by horizon; dropped items only with status=dropped.",
        "parameters": [
          {
            "name": "platform",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "persona",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "category",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "new-capability",
                "reliability",
                "cost",
                "developer-experience",
                "unplanned"
              ]
            }
          },
          {
            "name": "status",
            "in": "query",
            "required": false,
            "description": "Without it, every item but the dropped ones.",
            "schema": {
              "type": "string",
              "enum": [
                "exploring",
                "committed",
                "shipped",
                "dropped"
              ]
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The items.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CrossPlatformRoadmap"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          }
        }
      }
    },
    "/entities/{kind}/{namespace}/{name}/roadmap": {
      "get": {
        "operationId": "GetEntityRoadmap",
        "description": "For each platform the entity relies on, its Now items that affect the personas of the entity's owners.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "responses": {
          "200": {
            "description": "The Now items per platform.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/EntityRoadmap"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/portfolio": {
      "get": {
        "operationId": "GetPortfolio",
        "description": "Every platform the caller can see, side by side as of a day: the grid, its totals and the org × platform heat map in one answer, from the daily snapshots.",
        "parameters": [
          {
            "$ref": "#/components/parameters/portfolioAsOf"
          },
          {
            "$ref": "#/components/parameters/portfolioCategory"
          },
          {
            "$ref": "#/components/parameters/portfolioOwner"
          },
          {
            "$ref": "#/components/parameters/portfolioOrg"
          },
          {
            "$ref": "#/components/parameters/portfolioSort"
          },
          {
            "$ref": "#/components/parameters/portfolioOrder"
          }
        ],
        "responses": {
          "200": {
            "description": "The portfolio of the view.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Portfolio"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/portfolio/export": {
      "get": {
        "operationId": "ExportPortfolio",
        "description": "Exactly the view of GET /portfolio as a file: CSV of the grid (text cells that a spreadsheet would run as a formula are prefixed with an apostrophe), or JSON of the whole answer.",
        "parameters": [
          {
            "name": "format",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "csv",
                "json"
              ]
            }
          },
          {
            "$ref": "#/components/parameters/portfolioAsOf"
          },
          {
            "$ref": "#/components/parameters/portfolioCategory"
          },
          {
            "$ref": "#/components/parameters/portfolioOwner"
          },
          {
            "$ref": "#/components/parameters/portfolioOrg"
          },
          {
            "$ref": "#/components/parameters/portfolioSort"
          },
          {
            "$ref": "#/components/parameters/portfolioOrder"
          }
        ],
        "responses": {
          "200": {
            "description": "The file, as an attachment.",
            "content": {
              "text/csv": {
                "schema": {
                  "type": "string"
                }
              },
              "application/json": {
                "schema": {
                  "description": "The answer of GET /portfolio for the same view.",
                  "type": "object"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/portfolio/trends": {
      "get": {
        "operationId": "GetPortfolioTrends",
        "description": "Adoption of every platform of the view over time, NPS by round, and the movers of the period.",
        "parameters": [
          {
            "$ref": "#/components/parameters/portfolioAsOf"
          },
          {
            "$ref": "#/components/parameters/portfolioCategory"
          },
          {
            "$ref": "#/components/parameters/portfolioOwner"
          },
          {
            "name": "days",
            "in": "query",
            "required": false,
            "description": "How many days before as-of the trends cover (default 90, at most 730).",
            "schema": {
              "type": "integer"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The trends.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PortfolioTrends"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          }
        }
      }
    },
    "/portfolio/groups/{kind}/{namespace}/{name}/children": {
      "get": {
        "operationId": "GetPortfolioGroupChildren",
        "description": "The sub-orgs and teams directly below a group, with their heat map cells for the view.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          },
          {
            "$ref": "#/components/parameters/portfolioAsOf"
          },
          {
            "$ref": "#/components/parameters/portfolioCategory"
          },
          {
            "$ref": "#/components/parameters/portfolioOwner"
          }
        ],
        "responses": {
          "200": {
            "description": "The rows below the group.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PortfolioGroupChildren"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/portfolio/cells": {
      "get": {
        "operationId": "GetPortfolioCellTeams",
        "description": "A page of the adopting or non-adopting teams behind one heat map cell.",
        "parameters": [
          {
            "name": "platform",
            "in": "query",
            "required": true,
            "allowReserved": true,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "group",
            "in": "query",
            "required": true,
            "allowReserved": true,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "status",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "adopting",
                "non-adopting"
              ]
            }
          },
          {
            "$ref": "#/components/parameters/portfolioAsOf"
          },
          {
            "name": "offset",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer"
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The page.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PortfolioCellTeams"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/platforms/{kind}/{namespace}/{name}/adoption/history": {
      "post": {
        "operationId": "ImportAdoptionHistory",
        "description": "Imports past adoption figures of the platform (owners or a service): JSON { points } or a CSV body (Content-Type text/csv) with the columns day, adopting_teams, audience_teams and optionally org. All or nothing: a bad line gets a 400 that names the line and field. A day with a live snapshot keeps it.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AdoptionHistoryImport"
              }
            },
            "text/csv": {
              "schema": {
                "type": "string"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "What was stored.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AdoptionHistoryImportResult"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "description": "The caller does not own the platform.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "$ref": "#/components/responses/PayloadTooLarge"
          }
        }
      }
    },
    "/groups/{kind}/{namespace}/{name}/platforms": {
      "get": {
        "operationId": "GetGroupPlatformPicture",
        "description": "A group's own picture: adoption of each platform among its teams (recursive) next to the whole company's, its services on deprecated parts, the survey rounds its members can answer and the key results scoped to it.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "responses": {
          "200": {
            "description": "The picture.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/GroupPlatformPicture"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/platforms/{kind}/{namespace}/{name}/data-sources": {
      "get": {
        "operationId": "GetPlatformDataSources",
        "description": "Where each metric of the platform's SLOs comes from (pushed or pulled), with points stored, the last pull and its last problem in words.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "responses": {
          "200": {
            "description": "The data sources.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PlatformDataSources"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/platforms/{kind}/{namespace}/{name}/data-sources/pull": {
      "post": {
        "operationId": "PullPlatformDataSources",
        "description": "Pulls every metricSource of the platform now (owners only) and answers its data sources.",
        "parameters": [
          {
            "$ref": "#/components/parameters/kind"
          },
          {
            "$ref": "#/components/parameters/namespace"
          },
          {
            "$ref": "#/components/parameters/name"
          }
        ],
        "responses": {
          "200": {
            "description": "The data sources after the pull.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PlatformDataSources"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "403": {
            "description": "The caller does not own the platform.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Error"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    }
  }
} as const;

/**
 * Creates an Express router that validates every request against {@link spec} before a handler
 * runs, with handlers typed from it.
 *
 * @internal
 */
export const createOpenApiRouter = (
  options?: Parameters<typeof createValidatedOpenApiRouter>['1'],
) => createValidatedOpenApiRouter<typeof spec>(spec, options);
